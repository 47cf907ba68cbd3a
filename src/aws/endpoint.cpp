#include "endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace cdesk::aws {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cdesk::aws", text);
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
        return AwsError::local(QStringLiteral("MissingRegion"),
                               tr("No region is set: give --region, AWS_REGION or a profile "
                                  "with a region."));
    QUrl url = overrideUrl;
    if (url.isEmpty())
        url = QUrl(QStringLiteral("https://cognito-idp.%1.amazonaws.com/").arg(region));
    auto checked = validateEndpointUrl(url);
    if (!checked)
        return checked.forwardError<ServiceEndpoint>();
    ServiceEndpoint endpoint;
    endpoint.url = checked.value();
    endpoint.region = region;
    endpoint.signingName = QStringLiteral("cognito-idp");
    endpoint.targetPrefix = QStringLiteral("AWSCognitoIdentityProviderService");
    return endpoint;
}

} // namespace cdesk::aws
