#include "cli/arguments.h"

#include <QtTest>

using namespace cdesk::cli;

class TestCliArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesOptionsAndPositionals();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void extractsGlobalOptionsAnywhere();
    void keepsStdinOptionOrder();
};

namespace {
const QList<OptionSpec> specs = {
    {QStringLiteral("limit"), true},
    {QStringLiteral("all"), false},
    {QStringLiteral("attribute"), true, true},
    {QStringLiteral("password-stdin"), false},
    {QStringLiteral("new-password-stdin"), false},
};
}

void TestCliArguments::parsesOptionsAndPositionals()
{
    QString error;
    const auto parsed = parseArguments(
        {QStringLiteral("alice"), QStringLiteral("--limit=5"), QStringLiteral("--attribute"),
         QStringLiteral("email=a@b"), QStringLiteral("--attribute"), QStringLiteral("name=A"),
         QStringLiteral("--all"), QStringLiteral("--"), QStringLiteral("--not-an-option")},
        specs, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->positional,
             (QStringList{QStringLiteral("alice"), QStringLiteral("--not-an-option")}));
    QCOMPARE(parsed->value(QStringLiteral("limit")), QStringLiteral("5"));
    QVERIFY(parsed->isSet(QStringLiteral("all")));
    QCOMPARE(parsed->values(QStringLiteral("attribute")),
             (QStringList{QStringLiteral("email=a@b"), QStringLiteral("name=A")}));
}

void TestCliArguments::rejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("--bogus");
    QTest::newRow("missing-value")
        << QStringList{QStringLiteral("--limit")} << QStringLiteral("--limit");
    QTest::newRow("value-on-flag")
        << QStringList{QStringLiteral("--all=yes")} << QStringLiteral("--all");
    QTest::newRow("repeated-single") << QStringList{QStringLiteral("--limit"), QStringLiteral("1"),
                                                    QStringLiteral("--limit"), QStringLiteral("2")}
                                     << QStringLiteral("--limit");
}

void TestCliArguments::rejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!parseArguments(arguments, specs, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestCliArguments::extractsGlobalOptionsAnywhere()
{
    QStringList arguments{QStringLiteral("pool"),      QStringLiteral("--region"),
                          QStringLiteral("eu-west-1"), QStringLiteral("list"),
                          QStringLiteral("--all"),     QStringLiteral("--output=json")};
    QString error;
    const auto globals = extractOptions(
        &arguments, {{QStringLiteral("region"), true}, {QStringLiteral("output"), true}}, &error);
    QVERIFY2(globals, qPrintable(error));
    QCOMPARE(globals->value(QStringLiteral("region")), QStringLiteral("eu-west-1"));
    QCOMPARE(globals->value(QStringLiteral("output")), QStringLiteral("json"));
    QCOMPARE(arguments, (QStringList{QStringLiteral("pool"), QStringLiteral("list"),
                                     QStringLiteral("--all")}));
}

void TestCliArguments::keepsStdinOptionOrder()
{
    QString error;
    const auto parsed =
        parseArguments({QStringLiteral("--new-password-stdin"), QStringLiteral("--password-stdin")},
                       specs, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->stdinOptions(),
             (QStringList{QStringLiteral("new-password-stdin"), QStringLiteral("password-stdin")}));
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cliarguments.moc"
