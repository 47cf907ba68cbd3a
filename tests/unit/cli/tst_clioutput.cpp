#include "cli/output.h"

#include <QtTest>

#include <algorithm>

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
    void nestedValuesBecomeRows();
    void nestedDetailsKeepJsonAsIs();
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
    QTest::newRow("past-year-9999")
        << QStringLiteral("CreationDate") << QJsonValue(1e300) << QStringLiteral("1e+300");
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

namespace {

// The FIELD / VALUE rows of a details table, by field (trailing padding removed).
QHash<QString, QString> detailRows(const QJsonObject &object, const TableSpec &spec, QString *text)
{
    QTextStream out(text);
    writeTable(out, object, spec);
    out.flush();
    QHash<QString, QString> rows;
    const QStringList lines = text->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(2)) {
        const qsizetype gap = line.indexOf(QLatin1String("  "));
        rows.insert(gap < 0 ? line : line.left(gap), gap < 0 ? QString() : line.mid(gap).trimmed());
    }
    return rows;
}

} // namespace

void TestCliOutput::nestedValuesBecomeRows()
{
    // AdminGetUser's answer: UserAttributes was one cell of raw JSON.
    const QJsonObject user = QJsonDocument::fromJson(R"({"Username": "alice",
        "UserAttributes": [{"Name": "sub", "Value": "5b1c"}, {"Name": "email", "Value": "a@x.org"}],
        "UserCreateDate": 1795010679, "Enabled": true,
        "UserMFASettingList": ["SOFTWARE_TOKEN_MFA", "SMS_MFA"]})")
                                 .object();
    QString text;
    auto rows = detailRows(user, {}, &text);
    QCOMPARE(rows.value(QStringLiteral("UserAttributes.email")), QStringLiteral("a@x.org"));
    QCOMPARE(rows.value(QStringLiteral("UserAttributes.sub")), QStringLiteral("5b1c"));
    QCOMPARE(rows.value(QStringLiteral("UserMFASettingList")),
             QStringLiteral("SOFTWARE_TOKEN_MFA, SMS_MFA"));
    QCOMPARE(rows.value(QStringLiteral("UserCreateDate")), QStringLiteral("2026-11-18T14:04:39Z"));
    QVERIFY2(!text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('[')),
             qPrintable(text));

    // A pool: nested objects as Parent.Child, named objects by their Name, other lists by
    // index.
    const QJsonObject pool = QJsonDocument::fromJson(R"({"UserPool": {"Id": "local_1",
        "Policies": {"PasswordPolicy": {"MinimumLength": 8, "RequireSymbols": false}},
        "SchemaAttributes": [{"Name": "email", "AttributeDataType": "String", "Required": true}],
        "AutoVerifiedAttributes": ["email"], "LambdaConfig": {},
        "AccountRecoverySetting": {"RecoveryMechanisms": [{"Priority": 1, "Kind": "verified_email"}]},
        "LastModifiedDate": 0}})")
                                 .object();
    text.clear();
    rows = detailRows(pool, TableSpec::details(QStringLiteral("UserPool")), &text);
    QCOMPARE(rows.value(QStringLiteral("Policies.PasswordPolicy.MinimumLength")),
             QStringLiteral("8"));
    QCOMPARE(rows.value(QStringLiteral("Policies.PasswordPolicy.RequireSymbols")),
             QStringLiteral("false"));
    QCOMPARE(rows.value(QStringLiteral("SchemaAttributes.email.AttributeDataType")),
             QStringLiteral("String"));
    QCOMPARE(rows.value(QStringLiteral("AutoVerifiedAttributes")), QStringLiteral("email"));
    QVERIFY(rows.contains(QStringLiteral("LambdaConfig")));
    QCOMPARE(rows.value(QStringLiteral("AccountRecoverySetting.RecoveryMechanisms[0].Kind")),
             QStringLiteral("verified_email"));
    QCOMPARE(rows.value(QStringLiteral("LastModifiedDate")),
             QStringLiteral("1970-01-01T00:00:00Z"));
    // Every line stays readable: no cell of raw JSON widens the table.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto widest =
        std::max_element(lines.begin(), lines.end(),
                         [](const QString &a, const QString &b) { return a.size() < b.size(); });
    QVERIFY2(widest->size() < 80, qPrintable(*widest));
}

void TestCliOutput::nestedDetailsKeepJsonAsIs()
{
    const QJsonObject job = QJsonDocument::fromJson(R"({"UserImportJob": {"JobId": "import-1",
        "CreationDate": 1795010679, "Status": "Created"}})")
                                .object();
    QString text;
    QTextStream out(&text);
    writeJson(out, job);
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object(), job);
    QVERIFY2(text.contains(QLatin1String("1795010679")), qPrintable(text));
    QString table;
    const auto rows = detailRows(job, {}, &table);
    QCOMPARE(rows.value(QStringLiteral("UserImportJob.CreationDate")),
             QStringLiteral("2026-11-18T14:04:39Z"));
    QCOMPARE(rows.value(QStringLiteral("UserImportJob.Status")), QStringLiteral("Created"));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
