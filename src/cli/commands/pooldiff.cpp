// pool diff: two pools' settings, app clients, groups and domain side by side.
#include "cognito/pooldiff.h"

#include "aws/sharedfiles.h"
#include "cli/command.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>

namespace cdesk::cli {

namespace {

const TableSpec differencesTable{QStringLiteral("Differences"),
                                 {{QStringLiteral("Path"), QStringLiteral("Path")},
                                  {QStringLiteral("A"), QStringLiteral("A")},
                                  {QStringLiteral("B"), QStringLiteral("B")}}};

int diffPools(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const QString poolA = arguments.positional.value(0);
    const QString poolB = arguments.positional.value(1);
    // Pool B: over the same connection, unless --profile-b or --region-b name another, which
    // are resolved as --profile and --region are (an --endpoint-url given counts for both).
    GlobalOptions optionsB = context.globals();
    const bool otherProfile = arguments.isSet(QStringLiteral("profile-b"));
    const bool otherRegion = arguments.isSet(QStringLiteral("region-b"));
    if (otherProfile && arguments.value(QStringLiteral("profile-b")).isEmpty())
        return context.usageError(tr("--profile-b needs a profile name."));
    if (otherRegion && arguments.value(QStringLiteral("region-b")).isEmpty())
        return context.usageError(tr("--region-b needs a region."));
    if (otherProfile) {
        const std::optional<QString> endpoint =
            context.globals().given.contains(QStringLiteral("endpoint-url"))
                ? std::optional<QString>(context.globals().endpointUrl)
                : std::nullopt;
        resolveConnection(&optionsB, arguments.value(QStringLiteral("profile-b")),
                          otherRegion
                              ? std::optional<QString>(arguments.value(QStringLiteral("region-b")))
                              : std::nullopt,
                          endpoint);
        // The environment's keys would otherwise read pool B with A's account without a word.
        if (!optionsB.cognitoProfile && !aws::sharedProfileNames().contains(optionsB.profile))
            return context.usageError(
                tr("--profile-b: no Cognito Desk profile and no AWS CLI profile is named \"%1\".")
                    .arg(optionsB.profile));
    } else if (otherRegion) {
        optionsB.region = arguments.value(QStringLiteral("region-b"));
    }

    auto *providerA = context.identityProvider(&exitCode);
    if (!providerA)
        return exitCode;
    auto *providerB =
        (otherProfile || otherRegion) ? context.identityProvider(optionsB, &exitCode) : providerA;
    if (!providerB)
        return exitCode;
    const auto a = awaitOr(context, cognito::readPoolSnapshot(providerA, poolA), &exitCode);
    if (!a) {
        context.warnAfterward(tr("(reading pool A, %1)").arg(poolA));
        return exitCode;
    }
    const auto b = awaitOr(context, cognito::readPoolSnapshot(providerB, poolB), &exitCode);
    if (!b) {
        context.warnAfterward(tr("(reading pool B, %1)").arg(poolB));
        return exitCode;
    }
    const QList<cognito::PoolDifference> differences = cognito::diffPools(*a, *b);
    context.print(cognito::differencesToJson(differences), differencesTable);
    if (arguments.isSet(QStringLiteral("exit-code")) && !differences.isEmpty())
        return DifferencesFound;
    return Success;
}

} // namespace

void addPoolDiffCommand(CommandList &commands)
{
    commands.append(
        {QStringLiteral("pool"),
         QStringLiteral("diff"),
         QStringLiteral("POOL_A POOL_B [--profile-b NAME] [--region-b R] [--exit-code]"),
         tr("Compare two pools' settings, app clients, groups and domain."),
         {{QStringLiteral("profile-b"), true, false,
           tr("Read POOL_B with this profile (as --profile does for POOL_A)."),
           QStringLiteral("NAME")},
          {QStringLiteral("region-b"), true, false,
           tr("Read POOL_B in this region (as --region does for POOL_A)."), QStringLiteral("R")},
          {QStringLiteral("exit-code"), false, false,
           tr("Exit 1 when the pools differ, as git diff --exit-code does.")}},
         2,
         2,
         diffPools,
         {{QStringLiteral("POOL_A"), tr("The first pool's id (--profile, --region).")},
          {QStringLiteral("POOL_B"),
           tr("The second pool's id (--profile-b, --region-b; default: as POOL_A).")}},
         QStringLiteral("--profile staging pool diff eu-west-1_AbCdEf123 eu-west-1_XyZ987654 "
                        "--profile-b production --exit-code")});
}

} // namespace cdesk::cli
