#include "claimsmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace cdesk::models {

namespace {

const QString headerKey = QStringLiteral("header");
const QString payloadKey = QStringLiteral("payload");

// Numbers as the token has them: 1763913600, not 1.7639136e+09.
QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Whole numbers inside qint64's range only: converting any other double is undefined.
        constexpr double Two63 = 9223372036854775808.0;
        if (std::trunc(number) == number && number >= -Two63 && number < Two63)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QDateTime claimTime(const QJsonValue &value)
{
    // A JWT NumericDate (RFC 7519): seconds, possibly fractional. Past year 9999 it is no
    // date a QDateTime shows, and past qint64 converting it would be undefined.
    constexpr double Year9999 = 253402300799.0; // 9999-12-31T23:59:59Z
    if (!value.isDouble() || !(std::abs(value.toDouble()) <= Year9999))
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC);
}

} // namespace

ClaimsModel::ClaimsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

ClaimsModel::~ClaimsModel() = default;

bool ClaimsModel::isTimeClaim(const QString &name)
{
    return name == QLatin1String("exp") || name == QLatin1String("iat") ||
           name == QLatin1String("nbf") || name == QLatin1String("auth_time");
}

void ClaimsModel::addChildren(Node *node, bool timeClaims)
{
    const auto add = [node, timeClaims](const QString &key, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        child->timeClaim = timeClaims && isTimeClaim(key) && value.isDouble();
        addChildren(child.get(), false);
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QString::number(i), array.at(i));
    }
}

void ClaimsModel::setToken(const QJsonObject &header, const QJsonObject &claims)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    const std::pair<QString, QJsonObject> sections[] = {{headerKey, header}, {payloadKey, claims}};
    for (const auto &[key, object] : sections) {
        auto section = std::make_unique<Node>();
        section->key = key;
        section->value = object;
        section->section = true;
        section->parent = m_root.get();
        section->row = int(m_root->children.size());
        // Only the payload's top-level times are times: a header has none.
        addChildren(section.get(), key == payloadKey);
        m_root->children.push_back(std::move(section));
    }
    endResetModel();
}

void ClaimsModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
}

ClaimsModel::Node *ClaimsModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QString ClaimsModel::pathOf(const Node *node) const
{
    QStringList parts;
    for (; node && node != m_root.get(); node = node->parent)
        parts.prepend(node->key);
    return parts.join(QLatin1Char('/'));
}

QModelIndex ClaimsModel::indexForPath(const QString &path, int column) const
{
    const Node *node = m_root.get();
    for (const QString &part : path.split(QLatin1Char('/'))) {
        const auto found = std::find_if(node->children.begin(), node->children.end(),
                                        [&part](const auto &child) { return child->key == part; });
        if (found == node->children.end())
            return {};
        node = found->get();
    }
    if (node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ClaimsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeFor(parent);
    return createIndex(row, column, node->children.at(std::size_t(row)).get());
}

QModelIndex ClaimsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int ClaimsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ClaimsModel::columnCount(const QModelIndex &) const
{
    return ClaimsColumn::Count;
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ClaimsColumn::Name:
            if (node->section)
                return node->key == headerKey ? tr("Header") : tr("Payload");
            return node->parent && node->parent->value.isArray()
                       ? QStringLiteral("[%1]").arg(node->key)
                       : node->key;
        case ClaimsColumn::Value:
            if (node->section)
                return QVariant();
            if (node->value.isArray())
                return tr("%n item(s)", nullptr, int(node->value.toArray().size()));
            if (node->value.isObject())
                return tr("%n member(s)", nullptr, int(node->value.toObject().size()));
            return scalarText(node->value);
        case ClaimsColumn::Readable:
            if (node->timeClaim)
                return claimTime(node->value).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
            return QVariant();
        }
        return QVariant();
    case ClaimsRole::RawValueRole:
        return node->section ? QVariant() : QVariant::fromValue(node->value);
    case ClaimsRole::TimeRole:
        if (const QDateTime time = node->timeClaim ? claimTime(node->value) : QDateTime();
            time.isValid())
            return time;
        return QVariant();
    case ClaimsRole::PathRole:
        return pathOf(node);
    default:
        return QVariant();
    }
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case ClaimsColumn::Name:
        return tr("Claim");
    case ClaimsColumn::Value:
        return tr("Value");
    case ClaimsColumn::Readable:
        return tr("Time");
    }
    return QVariant();
}

Qt::ItemFlags ClaimsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace cdesk::models
