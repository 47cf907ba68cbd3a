#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ListPage;
}

namespace cdesk::models {
class PagedListModel;
}

class QAbstractItemModel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace cdesk::gui {

// A Cognito listing: the table, a quick filter over the loaded rows, reload and cancel,
// and a line that says what is going on (loading, how many rows, the service's error).
// For users, an optional server-side search (ListUsers Filter) above it.
class ListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPage)
    Q_PROPERTY(QString poolId READ poolId WRITE setPoolId)

public:
    explicit ListPage(models::PagedListModel *model, QWidget *parent = nullptr);
    ~ListPage() override;

    models::PagedListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const;

    // The pool whose rows the page lists (empty for the pools, or before one is chosen).
    QString poolId() const { return m_poolId; }
    void setPoolId(const QString &poolId) { m_poolId = poolId; }

    // Shows the ListUsers search bar; `search(filter)` is emitted with the Cognito filter
    // expression (empty to list everyone).
    void enableServerSearch();
    // The ids (IdRole) of the selected rows, in view order.
    QStringList selectedIds() const;
    // The view's index of the row with id `id` (IdRole), invalid when it is not shown.
    QModelIndex indexOfId(const QString &id) const;

    // Shows `rows` (a model that sorts itself, such as a search of the local copy) instead
    // of the listing, without the listing's filter, reload and state line; null shows the
    // listing again. The view, its selection model and the proxy stay the same objects.
    void showOtherRows(QAbstractItemModel *rows);
    bool showsOtherRows() const { return m_otherRows != nullptr; }

Q_SIGNALS:
    void search(const QString &filterExpression);
    void activated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void fillSearchChoices();
    void emitSearch();

    std::unique_ptr<Ui::ListPage> m_ui;
    models::PagedListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_poolId;
    QAbstractItemModel *m_otherRows = nullptr;
};

// The ListUsers filter expression for `attribute op "value"` with the value escaped;
// op is "=" (exact) or "^=" (starts with).
QString userFilterExpression(const QString &attribute, const QString &op, const QString &value);

} // namespace cdesk::gui
