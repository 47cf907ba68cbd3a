#include "listpage.h"

#include "ui_listpage.h"

#include "cognito/userfilter.h"
#include "models/pagedlistmodel.h"
#include "models/roles.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

namespace cdesk::gui {

namespace {

// Sorts itself, or has its source sort itself (a model whose sort is a query of its own).
class SortingProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSourceSorts(bool sourceSorts)
    {
        m_sourceSorts = sourceSorts;
        if (sourceSorts)
            QSortFilterProxyModel::sort(-1); // the source's order, as it is
    }

    void sort(int column, Qt::SortOrder order) override
    {
        if (m_sourceSorts && sourceModel())
            sourceModel()->sort(column, order);
        else
            QSortFilterProxyModel::sort(column, order);
    }

private:
    bool m_sourceSorts = false;
};

} // namespace

QString userFilterExpression(const QString &attribute, const QString &op, const QString &value)
{
    return QStringLiteral("%1 %2 \"%3\"").arg(attribute, op, cognito::UserFilter::escape(value));
}

ListPage::ListPage(models::PagedListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ListPage>())
    , m_model(model)
    , m_proxy(new SortingProxy(this))
{
    m_ui->setupUi(this);
    m_ui->serverFilterWidget->hide();
    m_ui->cancelButton->hide();
    // The fields' clear buttons show only while there is text. Made then, not here: making
    // one reads its icon's image files (one per size), which a page of empty fields built
    // before the window's first paint need not pay for.
    for (QLineEdit *field : {m_ui->quickFilterLineEdit, m_ui->filterValueLineEdit})
        connect(field, &QLineEdit::textChanged, this, [field](const QString &text) {
            if (!text.isEmpty() && !field->isClearButtonEnabled())
                field->setClearButtonEnabled(true);
        });

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::SortRole);
    m_proxy->setFilterKeyColumn(-1); // the quick filter looks at every column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    connect(m_ui->quickFilterLineEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->reloadButton, &QPushButton::clicked, m_model, [this] {
        m_model->reload();
        m_model->fetchMore({});
    });
    // Canceling drops the page on its way: the reload guard ignores its reply.
    connect(m_ui->cancelButton, &QPushButton::clicked, m_model, &models::PagedListModel::reload);
    connect(m_model, &models::PagedListModel::stateChanged, this, &ListPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateState);
    connect(m_ui->tableView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(models::IdRole).toString());
    });
    connect(m_ui->searchButton, &QPushButton::clicked, this, &ListPage::emitSearch);
    connect(m_ui->filterValueLineEdit, &QLineEdit::returnPressed, this, &ListPage::emitSearch);
    updateState();
}

ListPage::~ListPage() = default;

QTableView *ListPage::view() const
{
    return m_ui->tableView;
}

void ListPage::enableServerSearch()
{
    m_ui->serverFilterWidget->show();
    fillSearchChoices();
}

void ListPage::fillSearchChoices()
{
    // The attributes ListUsers can filter on (the API reference's list).
    static const char *const attributes[] = {
        "username",   "email",       "phone_number",       "name",
        "given_name", "family_name", "preferred_username", "cognito:user_status",
        "status",     "sub"};
    const QString currentAttribute = m_ui->filterAttributeComboBox->currentData().toString();
    const int currentOperator = m_ui->filterOperatorComboBox->currentIndex();
    m_ui->filterAttributeComboBox->clear();
    for (const char *attribute : attributes)
        m_ui->filterAttributeComboBox->addItem(QString::fromLatin1(attribute),
                                               QString::fromLatin1(attribute));
    m_ui->filterOperatorComboBox->clear();
    m_ui->filterOperatorComboBox->addItem(tr("starts with"), QStringLiteral("^="));
    m_ui->filterOperatorComboBox->addItem(tr("equals"), QStringLiteral("="));
    const int attributeIndex = m_ui->filterAttributeComboBox->findData(currentAttribute);
    m_ui->filterAttributeComboBox->setCurrentIndex(attributeIndex < 0 ? 1 : attributeIndex);
    m_ui->filterOperatorComboBox->setCurrentIndex(currentOperator < 0 ? 0 : currentOperator);
}

void ListPage::emitSearch()
{
    const QString value = m_ui->filterValueLineEdit->text();
    if (value.isEmpty()) {
        Q_EMIT search(QString());
        return;
    }
    Q_EMIT search(userFilterExpression(m_ui->filterAttributeComboBox->currentData().toString(),
                                       m_ui->filterOperatorComboBox->currentData().toString(),
                                       value));
}

QStringList ListPage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(models::IdRole).toString());
    return ids;
}

QModelIndex ListPage::indexOfId(const QString &id) const
{
    if (m_proxy->rowCount() == 0)
        return {};
    // Asked of the rows' own model, which may answer without reading every row (a local
    // copy of 100,000 users does); the proxy neither filters nor sorts them then.
    QAbstractItemModel *source = m_proxy->sourceModel();
    const QModelIndexList found = source->match(source->index(0, 0), models::IdRole, id, 1,
                                                Qt::MatchExactly | Qt::MatchCaseSensitive);
    return found.isEmpty() ? QModelIndex() : m_proxy->mapFromSource(found.first());
}

void ListPage::showOtherRows(QAbstractItemModel *rows)
{
    if (rows == m_otherRows)
        return;
    m_otherRows = rows;
    auto *proxy = static_cast<SortingProxy *>(m_proxy);
    QHeaderView *header = m_ui->tableView->horizontalHeader();
    if (rows) {
        m_ui->quickFilterLineEdit->clear();
        proxy->setSourceModel(rows);
        proxy->setSourceSorts(true);
        rows->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    } else {
        proxy->setSourceSorts(false);
        proxy->setSourceModel(m_model);
        const int column = header->sortIndicatorSection();
        m_ui->tableView->sortByColumn(column < m_model->columnCount() ? column : 0,
                                      header->sortIndicatorOrder());
        // Not asked for while the other rows were shown.
        if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
            m_model->fetchMore({});
    }
    const bool listing = rows == nullptr;
    m_ui->serverFilterWidget->setVisible(listing && m_ui->filterAttributeComboBox->count() > 0);
    m_ui->quickFilterLineEdit->setVisible(listing);
    m_ui->reloadButton->setVisible(listing);
    m_ui->stateLabel->setVisible(listing);
    updateState();
}

void ListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_ui->filterAttributeComboBox->count() > 0)
            fillSearchChoices();
        updateState();
    }
    QWidget::changeEvent(event);
}

void ListPage::updateState()
{
    using State = models::PagedListModel::State;
    const int rows = m_model->rowCount();
    m_ui->cancelButton->setVisible(!m_otherRows && m_model->state() == State::Loading);
    switch (m_model->state()) {
    case State::Loading:
        m_ui->stateLabel->setText(tr("Loading… (%n loaded)", nullptr, rows));
        break;
    case State::Idle:
        m_ui->stateLabel->setText(tr("%n loaded; scroll down for more.", nullptr, rows));
        break;
    case State::Complete:
        m_ui->stateLabel->setText(tr("%n in all.", nullptr, rows));
        break;
    case State::Failed:
        m_ui->stateLabel->setText(tr("Could not load: %1").arg(m_model->lastError().toString()));
        break;
    }
}

} // namespace cdesk::gui
