#include "cognito/paging.h"
#include "support/localstack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cdesk;

// The one paging table (cognito/paging.h) against botocore's model of cognito-idp: each
// operation's token, page-size and items fields exist where the table says, the ceiling is
// the model's, and botocore's paginator (where it has one) names the same fields.
class TestPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithBotocore();
};

void TestPaging::agreesWithBotocore()
{
    const QString script = QFINDTESTDATA("botocore_paging.py");
    QVERIFY(!script.isEmpty());
    QStringList arguments{script};
    for (const cognito::Paging &keys : cognito::paging::all)
        arguments.append(QString::fromLatin1(keys.operation));
    const auto run = test::runProcess(QStringLiteral("/usr/bin/python3"), arguments,
                                      QProcessEnvironment::systemEnvironment());
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    const QJsonObject model = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(model.size(), int(std::size(cognito::paging::all)));

    int withPaginator = 0;
    for (const cognito::Paging &keys : cognito::paging::all) {
        const QString operation = QString::fromLatin1(keys.operation);
        const QString token = QString::fromLatin1(keys.tokenKey);
        const QString pageSize = QString::fromLatin1(keys.pageSizeKey);
        const QString items = QString::fromLatin1(keys.itemsKey);
        const QJsonObject op = model.value(operation).toObject();
        QVERIFY2(!op.isEmpty(), qPrintable(operation + QLatin1String(": not in the model")));
        const QVariantList request = op.value(QLatin1String("request")).toArray().toVariantList();
        const QVariantList answer = op.value(QLatin1String("answer")).toArray().toVariantList();
        QVERIFY2(request.contains(token), qPrintable(operation + QLatin1Char(' ') + token));
        QVERIFY2(request.contains(pageSize), qPrintable(operation + QLatin1Char(' ') + pageSize));
        QVERIFY2(answer.contains(token), qPrintable(operation + QLatin1Char(' ') + token));
        QVERIFY2(answer.contains(items), qPrintable(operation + QLatin1Char(' ') + items));
        QCOMPARE(op.value(QLatin1String("max")).toObject().value(pageSize).toInt(),
                 keys.maxPageSize);
        const QJsonObject paginator = op.value(QLatin1String("paginator")).toObject();
        if (paginator.isEmpty())
            continue; // ListUserImportJobs: MaxResults is required, botocore does not page it
        ++withPaginator;
        QCOMPARE(paginator.value(QLatin1String("input_token")).toString(), token);
        QCOMPARE(paginator.value(QLatin1String("output_token")).toString(), token);
        QCOMPARE(paginator.value(QLatin1String("limit_key")).toString(), pageSize);
        QCOMPARE(paginator.value(QLatin1String("result_key")).toString(), items);
    }
    QVERIFY(withPaginator >= 6);
}

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
