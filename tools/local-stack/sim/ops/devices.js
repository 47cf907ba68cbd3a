'use strict';
// Device operations. cognito-sim does not simulate device tracking (remembered devices,
// DEVICE_SRP_AUTH): it never returns NewDeviceMetadata, so — as in an AWS pool without device
// tracking — a user has no devices: lists are empty and any device key is unknown.
const { E } = require('../errors');
const { need, intIn } = require('./common');

const noDevice = () => E.resourceNotFound('Device does not exist.');

function ListDevices(ctx, input) {
  ctx.tokens.checkAccessToken(need(input, 'AccessToken'));
  intIn(input, 'Limit', 0, 60);
  return { Devices: [] };
}
function AdminListDevices(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  ctx.store.getUser(pool, need(input, 'Username'));
  intIn(input, 'Limit', 0, 60);
  return { Devices: [] };
}
function userDeviceOp(ctx, input) {
  ctx.tokens.checkAccessToken(need(input, 'AccessToken'));
  need(input, 'DeviceKey');
  throw noDevice();
}
function adminDeviceOp(ctx, input) {
  const pool = ctx.store.getPool(need(input, 'UserPoolId'));
  ctx.store.getUser(pool, need(input, 'Username'));
  need(input, 'DeviceKey');
  throw noDevice();
}

module.exports = {
  ops: {
    ListDevices, AdminListDevices,
    GetDevice: userDeviceOp, ForgetDevice: userDeviceOp, ConfirmDevice: userDeviceOp, UpdateDeviceStatus: userDeviceOp,
    AdminGetDevice: adminDeviceOp, AdminForgetDevice: adminDeviceOp, AdminUpdateDeviceStatus: adminDeviceOp,
  },
};
