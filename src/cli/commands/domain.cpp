// domain: the hosted UI domain of a pool (a Cognito prefix domain or a custom domain).
#include "cli/command.h"
#include "cli/support.h"
#include "cli/text.h"
#include "cognito/domainwaiter.h"
#include "cognito/identityprovider.h"

#include <QCoreApplication>

namespace cdesk::cli {

namespace {

constexpr int PollIntervalMs = 1000;
constexpr int DefaultWaitSeconds = 600;

const TableSpec domainDetails = TableSpec::details(QStringLiteral("DomainDescription"));

// What to do about the service's refusals of a new domain, in a second line under its own.
QString createHint(const aws::AwsError &error, const QString &domain)
{
    if (error.type != QLatin1String("InvalidParameterException"))
        return {};
    if (error.message.contains(QLatin1String("already associated with another user pool")))
        return tr("\"%1\" is taken: a domain belongs to one pool, and prefixes are shared by "
                  "every AWS account in the region. Choose another.")
            .arg(domain);
    if (error.message.contains(QLatin1String("already has a domain")))
        return tr("A pool has one domain: 'domain describe' shows it, 'domain delete' removes it.");
    if (error.message.contains(QLatin1String("reserved word")))
        return tr("Prefixes may not contain aws, amazon or cognito.");
    if (error.message.contains(QLatin1String("us-east-1")))
        return tr("Custom domains need an issued ACM certificate in us-east-1 (CloudFront takes "
                  "no other region), whatever the pool's region.");
    return {};
}

// Waits for the domain to settle (cognito::DomainWaiter), reporting each status on stderr.
std::optional<cognito::DomainDescription> waitUntilSettled(Context &context,
                                                           cognito::IdentityProvider *provider,
                                                           const QString &domain,
                                                           int timeoutSeconds, int *exitCode)
{
    cognito::DomainWaiter waiter(provider);
    waiter.setPollInterval(PollIntervalMs);
    QString shown;
    QObject::connect(&waiter, &cognito::DomainWaiter::described, &waiter,
                     [&](const cognito::DomainDescription &described) {
                         if (described.status == shown)
                             return;
                         shown = described.status;
                         context.err()
                             << tr("%1: %2").arg(domain, shown.isEmpty() ? tr("gone") : shown)
                             << '\n';
                         context.err().flush();
                     });
    auto settled = aws::await(waiter.wait(domain, qint64(timeoutSeconds) * 1000));
    if (!settled) {
        if (settled.error().type == QLatin1String(cognito::domainwaiterror::timedOut))
            *exitCode = context.localError(
                tr("%1 is still %2 after %3 s; 'domain describe %1' shows when it is ACTIVE.")
                    .arg(domain, shown)
                    .arg(timeoutSeconds));
        else
            *exitCode = context.fail(settled.error());
        return std::nullopt;
    }
    return std::move(settled).value();
}

int createDomain(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    const QString domain = arguments.positional.value(0);
    const QString certificateArn = arguments.value(QStringLiteral("certificate-arn"));
    if (cognito::isCustomDomain(domain) && certificateArn.isEmpty())
        return context.usageError(
            tr("%1 is a custom domain: give --certificate-arn ARN, an ACM certificate for it in "
               "us-east-1. A Cognito domain is a prefix alone (no dots).")
                .arg(domain));
    if (!cognito::isCustomDomain(domain) && !certificateArn.isEmpty())
        return context.usageError(
            tr("--certificate-arn is for custom domains (auth.example.com); \"%1\" is a prefix.")
                .arg(domain));
    bool timeoutOk = true;
    const int timeoutSeconds = arguments.isSet(QStringLiteral("timeout"))
                                   ? arguments.value(QStringLiteral("timeout")).toInt(&timeoutOk)
                                   : DefaultWaitSeconds;
    if (!timeoutOk || timeoutSeconds <= 0)
        return context.usageError(tr("--timeout takes a positive number of seconds."));
    const auto target = poolTarget(context, &exitCode);
    if (!target)
        return exitCode;

    const auto created =
        aws::await(target->provider->createUserPoolDomain(target->poolId, domain, certificateArn));
    if (!created) {
        exitCode = context.fail(created.error());
        const QString hint = createHint(created.error(), domain);
        if (!hint.isEmpty()) {
            context.err() << hint << '\n';
            context.err().flush();
        }
        return exitCode;
    }
    const QString host = cognito::domainHostName(domain, context.globals().region);
    if (!created.value().cloudFrontDomain.isEmpty())
        context.err() << tr("Point %1 at %2 (a DNS alias or CNAME).")
                             .arg(host, created.value().cloudFrontDomain)
                      << '\n';
    if (arguments.isSet(QStringLiteral("wait"))) {
        if (!waitUntilSettled(context, target->provider, domain, timeoutSeconds, &exitCode))
            return exitCode;
    } else {
        context.err() << tr("https://%1 is being created (CREATING); 'domain describe %2' shows "
                            "when it is ACTIVE.")
                             .arg(host, domain)
                      << '\n';
    }
    context.err().flush();
    return context.print(created.value().json);
}

int describeDomain(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    const QString domain = arguments.positional.value(0);
    const auto described = awaitOr(context, provider->describeUserPoolDomain(domain), &exitCode);
    if (!described)
        return exitCode;
    if (!described->exists()) {
        // The service's own answer for a free domain: an empty description, not an error.
        context.err() << tr("No user pool has the domain %1.").arg(domain) << '\n';
        context.err().flush();
    }
    return context.print(QJsonObject{{QStringLiteral("DomainDescription"), described->json}},
                         domainDetails);
}

int deleteDomain(Context &context, const ParsedArguments &arguments)
{
    int exitCode = Success;
    auto *provider = context.identityProvider(&exitCode);
    if (!provider)
        return exitCode;
    const QString domain = arguments.positional.value(0);
    // The service wants the pool too: --user-pool-id, else the domain's own.
    QString poolId = context.globals().userPoolId;
    if (poolId.isEmpty()) {
        const auto described =
            awaitOr(context, provider->describeUserPoolDomain(domain), &exitCode);
        if (!described)
            return exitCode;
        if (!described->exists()) {
            aws::AwsError error; // a refusal like the service's own (exit 1)
            error.type = QStringLiteral("DomainNotFound");
            error.message = tr("No user pool has the domain %1.").arg(domain);
            return context.fail(error);
        }
        poolId = described->userPoolId;
    }
    if (!awaitOr(context, provider->deleteUserPoolDomain(poolId, domain), &exitCode))
        return exitCode;
    return context.printEmpty();
}

} // namespace

void addDomainCommands(CommandList &commands)
{
    const QString group = QStringLiteral("domain");
    const ArgumentSpec domainArgument{
        QStringLiteral("DOMAIN"),
        tr("A prefix (as given to domain create) or a custom domain name.")};
    commands.append(
        {group,
         QStringLiteral("create"),
         QStringLiteral("PREFIX | DOMAIN --certificate-arn ARN [--wait] "
                        "[--timeout SECONDS]"),
         tr("Give the pool its hosted-UI domain: PREFIX.auth.REGION.amazoncognito.com, "
            "or a custom domain with an ACM certificate in us-east-1."),
         {{QStringLiteral("certificate-arn"), true, false,
           tr("The ACM certificate (in us-east-1) of a custom domain."), QStringLiteral("ARN")},
          {QStringLiteral("wait"), false, false,
           tr("Wait until the domain is ACTIVE (or has failed).")},
          {QStringLiteral("timeout"), true, false,
           tr("How long --wait waits, in seconds (default 600)."), QStringLiteral("SECONDS")}},
         1,
         1,
         createDomain,
         {{QStringLiteral("PREFIX | DOMAIN"),
           tr("A prefix of the Cognito domain, or a custom domain name.")}},
         QStringLiteral("domain create acme-staff --wait")});
    commands.append({group,
                     QStringLiteral("describe"),
                     QStringLiteral("DOMAIN"),
                     tr("Describe a domain: its pool and status (CREATING, ACTIVE, ...)."),
                     {},
                     1,
                     1,
                     describeDomain,
                     {domainArgument},
                     QStringLiteral("domain describe acme-staff")});
    commands.append({group,
                     QStringLiteral("delete"),
                     QStringLiteral("DOMAIN"),
                     tr("Delete a pool's domain (the pool: --user-pool-id, else the domain's)."),
                     {},
                     1,
                     1,
                     deleteDomain,
                     {domainArgument},
                     QStringLiteral("domain delete acme-staff")});
}

} // namespace cdesk::cli
