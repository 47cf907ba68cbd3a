#pragma once

#include "aws/result.h"
#include "cognito/bulkjob.h"
#include "cognito/csvcheck.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cdesk::cognito {

class IdentityProvider;

// What a bulk create file is checked against, read from the pool before anything is sent:
// the CLI's `bulk create` and the app's "Create users from CSV…" share it.
struct BulkCreatePool
{
    QString userPoolId;
    QJsonObject userPool;   // DescribeUserPool's UserPool (its password policy, for the record)
    QStringList attributes; // the names the pool knows (custom ones as custom:NAME)
    QStringList required;   // those it requires (never sub)
    QStringList groups;     // the pool's groups
    // False when DescribeUserPool listed no SchemaAttributes (some emulators): the standard
    // (OpenID Connect) attributes are assumed then, and a file's custom: columns are
    // accepted by their prefix.
    bool schemaListed = true;

    // checkBulkCreateCsv() of `csv` against this pool.
    BulkCreateCheck check(const QByteArray &csv, const QStringList &extraGroups = {}) const;
};

// DescribeUserPool, then every page of ListGroups: the first error ends it.
QFuture<aws::Result<BulkCreatePool>> fetchBulkCreatePool(IdentityProvider *provider,
                                                         const QString &userPoolId);

// How the users of a checked file are created.
struct BulkCreateOptions
{
    // A temporary password per user generated to the pool's policy, written to
    // passwordsOut (created owner-only, never overwritten) and nowhere else.
    bool generatePasswords = false;
    QString passwordsOut; // made absolute, so that a resume elsewhere writes the same file
    bool suppressMessage = false;
    QStringList extraGroups; // every user is added to these too
};

// The job creating `check`'s rows (a clean check) in `userPoolId`.
BulkJobSpec bulkCreateSpec(const QString &userPoolId, const BulkCreateCheck &check,
                           const BulkCreateOptions &options);

} // namespace cdesk::cognito
