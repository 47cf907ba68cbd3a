// P5: search keystrokes over a mirror file (made by `user sync`), timed, against a
// reference measured in the same run: the same selections by a plain loop over the users held
// in memory (what a view without the mirror's indexes would do).
//
//   bench_mirror_search MIRROR.sqlite [ROUNDS]
//
// Prints, per kind of search, the median and p95 of one keystroke: the first 100 rows in
// username order plus the total count ("N of M users"), as the Users view asks.
#include "mirror/mirror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace cdesk;

namespace {

struct Kind
{
    const char *name;
    // The query after each keystroke of one typed word.
    QList<mirror::Query> keystrokes;
};

QList<mirror::Query> typed(const QString &word,
                           const std::function<void(mirror::Query &, const QString &)> &set)
{
    QList<mirror::Query> queries;
    for (qsizetype i = 1; i <= word.size(); ++i) {
        mirror::Query query;
        set(query, word.left(i));
        query.limit = 100;
        queries.append(query);
    }
    return queries;
}

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype at = std::min<qsizetype>(samples.size() - 1, qsizetype(p * samples.size()));
    return samples.at(at);
}

bool matches(const QJsonObject &user, const QStringList &groups, const mirror::Query &query)
{
    if (!query.text.isEmpty()) {
        bool hit = user.value(QLatin1String("Username"))
                       .toString()
                       .contains(query.text, Qt::CaseInsensitive);
        const QJsonArray attributes = user.value(QLatin1String("Attributes")).toArray();
        for (qsizetype i = 0; !hit && i < attributes.size(); ++i)
            hit = attributes.at(i)
                      .toObject()
                      .value(QLatin1String("Value"))
                      .toString()
                      .contains(query.text, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    for (const mirror::Condition &condition : query.conditions) {
        bool hit = false;
        for (const QJsonValue &attribute : user.value(QLatin1String("Attributes")).toArray()) {
            const QJsonObject object = attribute.toObject();
            if (object.value(QLatin1String("Name")).toString() != condition.name)
                continue;
            const QString value = object.value(QLatin1String("Value")).toString();
            hit = condition.substring ? value.contains(condition.value, Qt::CaseInsensitive)
                                      : value == condition.value;
        }
        if (!hit)
            return false;
    }
    if (!query.status.isEmpty() &&
        user.value(QLatin1String("UserStatus")).toString() != query.status)
        return false;
    if (!query.group.isEmpty() && !groups.contains(query.group))
        return false;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        QTextStream(stderr) << "usage: bench_mirror_search MIRROR.sqlite [ROUNDS]\n";
        return 2;
    }
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 20;
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = mirror::Mirror::open(arguments.at(1));
    if (!opened) {
        QTextStream(stderr) << opened.error().message << '\n';
        return 1;
    }
    const auto &mirror = opened.value();
    out << "Mirror of " << mirror->userCount() << " users, opened (with its integrity check) in "
        << openTimer.elapsed() << " ms\n";

    const QList<Kind> kinds = {
        {"free text 'kowalski'",
         typed(QStringLiteral("kowalski"), [](mirror::Query &q, const QString &t) { q.text = t; })},
        {"custom:department~'operations'",
         typed(QStringLiteral("operations"),
               [](mirror::Query &q, const QString &t) {
                   q.conditions = {{QStringLiteral("custom:department"), t, true}};
               })},
        {"facet + text: group finance, FORCE_CHANGE_PASSWORD, 'anna'",
         typed(QStringLiteral("anna"),
               [](mirror::Query &q, const QString &t) {
                   q.text = t;
                   q.group = QStringLiteral("finance");
                   q.status = QStringLiteral("FORCE_CHANGE_PASSWORD");
               })},
    };

    // The reference: every user in memory, filtered by a loop.
    const auto everyone = mirror->search({});
    if (!everyone) {
        QTextStream(stderr) << everyone.error().message << '\n';
        return 1;
    }
    const QList<mirror::MirroredUser> &all = everyone.value();

    bool met = true;
    out << "Search keystroke (first 100 rows + the count), " << rounds << " rounds\n";
    out << "  kind                                                   mirror median   p95    "
           "loop median   ratio\n";
    for (const Kind &kind : kinds) {
        QList<double> samples;
        QList<double> reference;
        qint64 lastCount = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const mirror::Query &query : kind.keystrokes) {
                QElapsedTimer timer;
                timer.start();
                const auto rows = mirror->search(query);
                mirror::Query unlimited = query;
                unlimited.limit = -1;
                const auto count = mirror->count(unlimited);
                samples.append(timer.nsecsElapsed() / 1e6);
                if (!rows || !count)
                    return 1;
                lastCount = count.value();
                if (round < 3) { // the loop is slow; a few rounds give its median
                    timer.restart();
                    qint64 n = 0;
                    for (const auto &user : all)
                        n += matches(user.json, user.groups, query) ? 1 : 0;
                    reference.append(timer.nsecsElapsed() / 1e6);
                    if (n != count.value()) {
                        out << "  MISMATCH: " << kind.name << " mirror " << count.value()
                            << " loop " << n << '\n';
                        met = false;
                    }
                }
            }
        }
        const double median = percentile(samples, 0.5);
        const double p95 = percentile(samples, 0.95);
        const double loop = percentile(reference, 0.5);
        out << "  " << QString::fromLatin1(kind.name).leftJustified(55)
            << QString::number(median, 'f', 2).rightJustified(9) << " ms "
            << QString::number(p95, 'f', 2).rightJustified(6) << " ms "
            << QString::number(loop, 'f', 2).rightJustified(9) << " ms "
            << QString::number(loop / median, 'f', 1).rightJustified(6) << "x   (" << lastCount
            << " found)\n";
        met = met && median <= 30 && p95 <= 60;
    }
    out << "  target (median <= 30 ms, p95 <= 60 ms): " << (met ? "met" : "MISSED") << '\n';
    return met ? 0 : 1;
}
