#include "aws/endpoint.h"
#include "mirror/mirror.h"
#include "secrets/profile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;

// What removing a profile deletes from the mirror folder: its pools' mirrors, with their
// journals and partial files, unless another profile still connects to the same place.
class TestMirrorForget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aProfileOfItsOwnTakesEveryMirrorOfItsEndpoint();
    void aSharedEndpointLosesOnlyTheRemovedProfilesPool();
    void aPoolAnotherProfileNamesStays();
    void theRegionalEndpointIsMatchedWithoutAnOverride();

private:
    QString touch(const QUrl &endpoint, const QString &region, const QString &pool,
                  const QString &tail = {});
    QStringList files() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QUrl local(QStringLiteral("http://127.0.0.1:9229/"));
const QUrl other(QStringLiteral("http://127.0.0.1:9300/"));

secrets::Profile profile(const QString &name, const QString &endpoint, const QString &pool,
                         const QString &region = QStringLiteral("eu-west-1"))
{
    secrets::Profile p;
    p.name = name;
    p.region = region;
    p.endpointUrl = endpoint;
    p.userPoolId = pool;
    return p;
}

} // namespace

void TestMirrorForget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMirrorForget::touch(const QUrl &endpoint, const QString &region, const QString &pool,
                                const QString &tail)
{
    const QString path =
        mirror::mirrorPath(m_dir->path(), mirror::MirrorKey{endpoint, region, pool}) + tail;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("x");
    return QFileInfo(path).fileName();
}

QStringList TestMirrorForget::files() const
{
    QStringList names = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    return names;
}

void TestMirrorForget::aProfileOfItsOwnTakesEveryMirrorOfItsEndpoint()
{
    const QString a = touch(local, QStringLiteral("eu-west-1"), QStringLiteral("eu-west-1_A"));
    const QString aJournal = touch(local, QStringLiteral("eu-west-1"),
                                   QStringLiteral("eu-west-1_A"), QStringLiteral("-journal"));
    const QString b = touch(local, QStringLiteral("eu-west-1"), QStringLiteral("eu-west-1_B"),
                            QStringLiteral(".partial-1234"));
    const QString elsewhere =
        touch(other, QStringLiteral("eu-west-1"), QStringLiteral("eu-west-1_A"));
    const QString otherRegion =
        touch(local, QStringLiteral("us-east-1"), QStringLiteral("us-east-1_A"));
    QVERIFY(!a.isEmpty() && !aJournal.isEmpty() && !b.isEmpty() && !elsewhere.isEmpty() &&
            !otherRegion.isEmpty());

    const QStringList deleted = mirror::forgetProfile(
        m_dir->path(),
        profile(QStringLiteral("dev"), local.toString(), QStringLiteral("eu-west-1_A")),
        {profile(QStringLiteral("staging"), other.toString(), QStringLiteral("eu-west-1_A"))});
    QCOMPARE(deleted.size(), 3);
    QStringList left{elsewhere, otherRegion};
    left.sort();
    QCOMPARE(files(), left);
}

void TestMirrorForget::aSharedEndpointLosesOnlyTheRemovedProfilesPool()
{
    const QString a = touch(local, QStringLiteral("eu-west-1"), QStringLiteral("eu-west-1_A"));
    const QString aPartial = touch(local, QStringLiteral("eu-west-1"),
                                   QStringLiteral("eu-west-1_A"), QStringLiteral(".partial-77"));
    const QString b = touch(local, QStringLiteral("eu-west-1"), QStringLiteral("eu-west-1_B"));
    QVERIFY(!a.isEmpty() && !aPartial.isEmpty() && !b.isEmpty());

    // "admin" connects to the same endpoint and region and may have searched pool B.
    const QStringList deleted = mirror::forgetProfile(
        m_dir->path(),
        profile(QStringLiteral("dev"), local.toString(), QStringLiteral("eu-west-1_A")),
        {profile(QStringLiteral("admin"), local.toString(), QStringLiteral("eu-west-1_B"))});
    QCOMPARE(deleted.size(), 2);
    QCOMPARE(files(), QStringList{b});
}

void TestMirrorForget::aPoolAnotherProfileNamesStays()
{
    const QString a = touch(local, QStringLiteral("eu-west-1"), QStringLiteral("eu-west-1_A"));
    QVERIFY(!a.isEmpty());
    const QStringList deleted = mirror::forgetProfile(
        m_dir->path(),
        profile(QStringLiteral("dev"), local.toString(), QStringLiteral("eu-west-1_A")),
        {profile(QStringLiteral("dev2"), local.toString(), QStringLiteral("eu-west-1_A"))});
    QVERIFY(deleted.isEmpty());
    QCOMPARE(files(), QStringList{a});
}

void TestMirrorForget::theRegionalEndpointIsMatchedWithoutAnOverride()
{
    // A profile without an endpoint URL reaches AWS's regional endpoint: the mirror made
    // through that endpoint (as `user sync` keys it, by the connection's endpoint) is its.
    const auto endpoint = aws::ServiceEndpoint::cognito(QStringLiteral("eu-west-1"));
    QVERIFY(endpoint.ok());
    const QUrl regional = endpoint.value().url;
    QCOMPARE(regional.host(), QStringLiteral("cognito-idp.eu-west-1.amazonaws.com"));
    const QString a = touch(regional, QStringLiteral("eu-west-1"), QStringLiteral("eu-west-1_A"));
    const QString kept = touch(local, QStringLiteral("eu-west-1"), QStringLiteral("eu-west-1_A"));
    QVERIFY(!a.isEmpty() && !kept.isEmpty());
    const QStringList deleted = mirror::forgetProfile(
        m_dir->path(), profile(QStringLiteral("prod"), QString(), QStringLiteral("eu-west-1_A")),
        {});
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(files(), QStringList{kept});
}

QTEST_GUILESS_MAIN(TestMirrorForget)
#include "tst_mirrorforget.moc"
