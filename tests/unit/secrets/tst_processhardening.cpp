#include "secrets/processhardening.h"

#include <QtTest>

#include <sys/prctl.h>
#include <sys/resource.h>

// hardenProcess() reports whether it worked, and when it says so the process is really
// non-dumpable and without core files.
class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hardensAndSaysSo()
    {
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
        const bool hardened = cdesk::secrets::hardenProcess();
        QVERIFY(hardened);
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
