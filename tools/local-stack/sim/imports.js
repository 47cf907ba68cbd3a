'use strict';
async function handleUpload(ctx, req, res) { res.writeHead(404); res.end(); }
module.exports = { ops: {}, handleUpload };
