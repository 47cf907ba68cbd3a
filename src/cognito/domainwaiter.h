#pragma once

#include "aws/result.h"
#include "cognito/types.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace cdesk::cognito {

class IdentityProvider;

// A hosted-UI domain's statuses after which there is nothing more to wait for: anything but
// CREATING, UPDATING and DELETING (ACTIVE, FAILED, or empty: the domain is gone).
bool isSettledDomainStatus(const QString &status);

namespace domainwaiterror {
// DomainWaiter::wait() gave up after its timeout (ErrorKind::Timeout; the last description
// came with described()).
inline constexpr char timedOut[] = "DomainWaitTimedOut";
} // namespace domainwaiterror

// Waits for a hosted-UI domain to be provisioned, written once for the app and the command
// line: DescribeUserPoolDomain now, then every pollInterval() until the status is settled.
// Lives in the GUI/CLI thread. Canceling the returned future stops the wait (the domain goes
// on provisioning); it then ends without a result (a Canceled error for whenFinished() and
// await()).
class DomainWaiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainWaiter)

public:
    // A new domain takes minutes on AWS: the app looks every 3 s.
    static constexpr int DefaultPollIntervalMs = 3000;

    explicit DomainWaiter(IdentityProvider *provider, QObject *parent = nullptr);
    ~DomainWaiter() override;

    void setPollInterval(int ms);
    int pollInterval() const { return m_pollIntervalMs; }

    // Ends with the first settled description (!exists() when the domain is gone), or the
    // first error; with `timeoutMs` > 0, with a domainwaiterror::timedOut error when the
    // domain is still unsettled that long after the call.
    QFuture<aws::Result<DomainDescription>> wait(const QString &domain, qint64 timeoutMs = 0);

    // True while a wait waits for its next DescribeUserPoolDomain.
    bool isWaiting() const;

Q_SIGNALS:
    // Before each DescribeUserPoolDomain.
    void describing(const QString &domain);
    // Each description, settled or not.
    void described(const cdesk::cognito::DomainDescription &description);

private:
    struct Wait;
    void describe(const std::shared_ptr<Wait> &wait);
    static void end(const std::shared_ptr<Wait> &wait,
                    const std::optional<aws::Result<DomainDescription>> &result);

    IdentityProvider *m_provider;
    int m_pollIntervalMs = DefaultPollIntervalMs;
};

} // namespace cdesk::cognito
