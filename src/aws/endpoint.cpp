#include "endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace cdesk::aws {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::aws", text);
}

Result<ServiceEndpoint> makeEndpoint(const QString &region, const QUrl &url,
                                     const QString &signingRegion, const QString &signingName)
{
    auto checked = validateEndpointUrl(url);
    if (!checked)
        return checked.forwardError<ServiceEndpoint>();
    ServiceEndpoint endpoint;
    endpoint.url = checked.value();
    endpoint.region = signingRegion.isEmpty() ? region : signingRegion;
    endpoint.signingName = signingName;
    return endpoint;
}

AwsError missingRegion()
{
    return AwsError::local(QStringLiteral("MissingRegion"),
                           tr("No region is set: give --region, AWS_REGION or a profile "
                              "with a region."));
}

QString dnsSuffix(const QString &region)
{
    return region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                   : QStringLiteral("amazonaws.com");
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QUrl> validateEndpointUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return AwsError::local(
            QStringLiteral("InvalidEndpoint"),
            tr("The endpoint URL \"%1\" is not a valid URL.").arg(url.toString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return url;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return url;
        return AwsError::local(
            QStringLiteral("InsecureEndpoint"),
            tr("Plain http:// is only allowed to this machine (localhost, 127.0.0.1, [::1]); "
               "use https:// for %1.")
                .arg(url.host()));
    }
    return AwsError::local(QStringLiteral("InvalidEndpoint"),
                           tr("The endpoint URL must start with https:// (or http:// for "
                              "localhost), not \"%1\".")
                               .arg(url.toString()));
}

Result<ServiceEndpoint> ServiceEndpoint::cognito(const QString &region, const QUrl &overrideUrl)
{
    if (region.isEmpty())
        return missingRegion();
    QUrl url = overrideUrl;
    if (url.isEmpty())
        url = QUrl(QStringLiteral("https://cognito-idp.%1.amazonaws.com/").arg(region));
    auto endpoint = makeEndpoint(region, url, region, QStringLiteral("cognito-idp"));
    if (endpoint)
        endpoint.value().targetPrefix = QStringLiteral("AWSCognitoIdentityProviderService");
    return endpoint;
}

Result<ServiceEndpoint> ServiceEndpoint::iam(const QString &region, const QUrl &overrideUrl)
{
    // The partition's global endpoint and the region its signatures are scoped to.
    QString host = QStringLiteral("iam.amazonaws.com");
    QString signingRegion = QStringLiteral("us-east-1");
    if (region.startsWith(QLatin1String("cn-"))) {
        host = QStringLiteral("iam.cn-north-1.amazonaws.com.cn");
        signingRegion = QStringLiteral("cn-north-1");
    } else if (region.startsWith(QLatin1String("us-gov-"))) {
        host = QStringLiteral("iam.us-gov.amazonaws.com");
        signingRegion = QStringLiteral("us-gov-west-1");
    }
    const QUrl url =
        overrideUrl.isEmpty() ? QUrl(QStringLiteral("https://%1/").arg(host)) : overrideUrl;
    return makeEndpoint(region, url, signingRegion, QStringLiteral("iam"));
}

Result<ServiceEndpoint> ServiceEndpoint::sts(const QString &region, const QUrl &overrideUrl)
{
    if (region.isEmpty())
        return missingRegion();
    const QUrl url = overrideUrl.isEmpty()
                         ? QUrl(QStringLiteral("https://sts.%1.%2/").arg(region, dnsSuffix(region)))
                         : overrideUrl;
    return makeEndpoint(region, url, region, QStringLiteral("sts"));
}

Result<ServiceEndpoint> ServiceEndpoint::cognitoIdentity(const QString &region,
                                                         const QUrl &overrideUrl)
{
    if (region.isEmpty())
        return missingRegion();
    const QUrl url =
        overrideUrl.isEmpty()
            ? QUrl(QStringLiteral("https://cognito-identity.%1.%2/").arg(region, dnsSuffix(region)))
            : overrideUrl;
    auto endpoint = makeEndpoint(region, url, region, QStringLiteral("cognito-identity"));
    if (endpoint)
        endpoint.value().targetPrefix = QStringLiteral("AWSCognitoIdentityService");
    return endpoint;
}

QString endpointVariableName(const QString &serviceId)
{
    QString name = serviceId.toUpper();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    return QStringLiteral("AWS_ENDPOINT_URL_") + name;
}

QUrl endpointUrlFromEnvironment(const QString &serviceId, const QProcessEnvironment &environment)
{
    if (environment.value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))
            .trimmed()
            .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return {};
    for (const QString &name :
         {endpointVariableName(serviceId), QStringLiteral("AWS_ENDPOINT_URL")}) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty())
            return QUrl(value, QUrl::StrictMode);
    }
    return {};
}

} // namespace cdesk::aws
