#include "cli/output.h"

#include <QtTest>

using namespace cdesk::cli;

// --output table: readable for people (ISO dates, attributes by name), and --output json
// exactly the service's object.
class TestCliOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesBecomeIso_data();
    void datesBecomeIso();
    void listTableReachesIntoAttributes();
    void detailsTableShowsOneMember();
    void emptyAnswerDrawsNoTable();
    void nextTokenIsOffered();
    void jsonIsTheObject();
};

void TestCliOutput::datesBecomeIso_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole-seconds") << QStringLiteral("CreationDate") << QJsonValue(1795010679)
                                   << QStringLiteral("2026-11-18T14:04:39Z");
    QTest::newRow("fractional-aws")
        << QStringLiteral("UserCreateDate") << QJsonValue(1795010679.731)
        << QStringLiteral("2026-11-18T14:04:39Z");
    QTest::newRow("not-a-date-field")
        << QStringLiteral("ExpiresIn") << QJsonValue(3600) << QStringLiteral("3600");
    QTest::newRow("date-field-as-text")
        << QStringLiteral("CreationDate") << QJsonValue(QStringLiteral("yesterday"))
        << QStringLiteral("yesterday");
    QTest::newRow("nested-path") << QStringLiteral("Group.CreationDate") << QJsonValue(0)
                                 << QStringLiteral("1970-01-01T00:00:00Z");
}

void TestCliOutput::datesBecomeIso()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(cellText(field, value), expected);
}

void TestCliOutput::listTableReachesIntoAttributes()
{
    const QJsonObject users = QJsonDocument::fromJson(R"({"Users": [
        {"Username": "alice", "UserCreateDate": 1795010679,
         "Attributes": [{"Name": "sub", "Value": "1"}, {"Name": "email", "Value": "a@x.org"}]},
        {"Username": "bob", "Attributes": []}]})")
                                  .object();
    QString text;
    QTextStream out(&text);
    writeTable(out, users,
               TableSpec(QStringLiteral("Users"),
                         {{QStringLiteral("Username"), QStringLiteral("Username")},
                          {QStringLiteral("Email"), QStringLiteral("Attributes/email")},
                          {QStringLiteral("Created"), QStringLiteral("UserCreateDate")}}));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Username  Email    Created"));
    QCOMPARE(lines.at(2), QStringLiteral("alice     a@x.org  2026-11-18T14:04:39Z"));
    QCOMPARE(lines.at(3).trimmed(), QStringLiteral("bob"));
}

void TestCliOutput::detailsTableShowsOneMember()
{
    const QJsonObject group =
        QJsonDocument::fromJson(R"({"Group": {"GroupName": "admins", "CreationDate": 0}})")
            .object();
    QString text;
    QTextStream out(&text);
    writeTable(out, group, TableSpec::details(QStringLiteral("Group")));
    QVERIFY2(text.contains(QLatin1String("GroupName     admins")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("CreationDate  1970-01-01T00:00:00Z")), qPrintable(text));
}

void TestCliOutput::emptyAnswerDrawsNoTable()
{
    QString text;
    QTextStream out(&text);
    writeTable(out, QJsonObject(), TableSpec());
    QVERIFY(text.isEmpty());
}

void TestCliOutput::nextTokenIsOffered()
{
    QString text;
    QTextStream out(&text);
    writeTable(out,
               QJsonObject{{QStringLiteral("Users"), QJsonArray()},
                           {QStringLiteral("PaginationToken"), QStringLiteral("tok")}},
               TableSpec(QStringLiteral("Users"),
                         {{QStringLiteral("Username"), QStringLiteral("Username")}}));
    QVERIFY2(text.contains(QLatin1String("--next-token tok")), qPrintable(text));
}

void TestCliOutput::jsonIsTheObject()
{
    const QJsonObject object{
        {QStringLiteral("Users"),
         QJsonArray{QJsonObject{{QStringLiteral("Username"), QStringLiteral("alice")}}}}};
    QString text;
    QTextStream out(&text);
    writeJson(out, object);
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object(), object);
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
