#include "cognito/bulkjob.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace cdesk;
using cognito::BulkItemState;

// A bulk job's report as CSV: the header, one row per item in the job's order, the outcome
// named as `bulk show` names it, RFC 4180 quoting.
class TestBulkReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyItemHasARowInOrder();
    void quotesWhatRfc4180Quotes();
    void fromAJournalOnDisk();
};

namespace {

cognito::BulkJournal journalOf(const QList<QPair<QString, cognito::BulkItemResult>> &items)
{
    cognito::BulkJournal journal;
    journal.spec.jobId = QStringLiteral("bulk-20261203-120000-abcdef");
    journal.spec.operation = cognito::BulkOperation::Disable;
    journal.spec.userPoolId = QStringLiteral("us-east-1_abc");
    for (const auto &[username, result] : items) {
        journal.spec.items.append({username, {}, {}});
        journal.results.append(result);
    }
    return journal;
}

} // namespace

void TestBulkReport::everyItemHasARowInOrder()
{
    const auto journal = journalOf({
        {QStringLiteral("carol"), {BulkItemState::Succeeded, {}}},
        {QStringLiteral("alice"),
         {BulkItemState::Failed, QStringLiteral("UserNotFoundException: gone")}},
        {QStringLiteral("bob"), {BulkItemState::Pending, {}}},
        {QStringLiteral("dave"), {BulkItemState::Unknown, {}}},
    });
    QCOMPARE(journal.toCsv(), QByteArray("Username,Outcome,Error\r\n"
                                         "carol,succeeded,\r\n"
                                         "alice,failed,UserNotFoundException: gone\r\n"
                                         "bob,pending,\r\n"
                                         "dave,unknown,\r\n"));
    // The outcome names are those of bulk show's "Outcome".
    const QJsonArray shown = journal.detailsJson().value(QStringLiteral("Items")).toArray();
    const QList<QByteArray> rows = journal.toCsv().split('\n');
    for (int i = 0; i < shown.size(); ++i)
        QCOMPARE(QString::fromUtf8(rows.at(i + 1).split(',').at(1)),
                 shown.at(i).toObject().value(QStringLiteral("Outcome")).toString());
}

void TestBulkReport::quotesWhatRfc4180Quotes()
{
    const auto journal = journalOf({
        {QStringLiteral("smith, john"),
         {BulkItemState::Failed, QStringLiteral("InvalidParameterException: \"x\" is bad")}},
        {QStringLiteral("zoë"), {BulkItemState::Failed, QStringLiteral("line one\nline two")}},
        {QStringLiteral("cr"), {BulkItemState::Failed, QStringLiteral("a\rb")}},
    });
    QCOMPARE(
        journal.toCsv(),
        QByteArray("Username,Outcome,Error\r\n"
                   "\"smith, john\",failed,\"InvalidParameterException: \"\"x\"\" is bad\"\r\n") +
            QStringLiteral("zoë").toUtf8() +
            QByteArray(",failed,\"line one\nline two\"\r\n"
                       "cr,failed,\"a\rb\"\r\n"));
}

void TestBulkReport::fromAJournalOnDisk()
{
    // A journal as the engine writes it, read back: sent without an outcome is "unknown".
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    cognito::BulkJobSpec spec;
    spec.jobId = QStringLiteral("bulk-20261203-120000-000001");
    spec.operation = cognito::BulkOperation::Enable;
    spec.userPoolId = QStringLiteral("us-east-1_abc");
    spec.created = QDateTime::currentDateTimeUtc();
    for (const char *name : {"u1", "u2", "u3", "u4"})
        spec.items.append({QString::fromLatin1(name), {}, {}});
    QJsonObject job = spec.toJson();
    job.insert(QStringLiteral("t"), QStringLiteral("job"));
    QByteArray text = QJsonDocument(job).toJson(QJsonDocument::Compact) + '\n';
    text += R"({"t":"sent","i":0})"
            "\n"
            R"({"t":"ok","i":0})"
            "\n";
    text += R"({"t":"sent","i":1})"
            "\n"
            R"({"t":"failed","i":1,"error":"E: a, b"})"
            "\n";
    text += R"({"t":"sent","i":2})"
            "\n";
    QFile file(cognito::BulkJournal::journalPath(dir.path(), spec.jobId));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const auto journal = cognito::BulkJournal::read(dir.path(), spec.jobId);
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().toString()));
    QCOMPARE(journal.value().toCsv(), QByteArray("Username,Outcome,Error\r\n"
                                                 "u1,succeeded,\r\n"
                                                 "u2,failed,\"E: a, b\"\r\n"
                                                 "u3,unknown,\r\n"
                                                 "u4,pending,\r\n"));
}

QTEST_GUILESS_MAIN(TestBulkReport)
#include "tst_bulkreport.moc"
