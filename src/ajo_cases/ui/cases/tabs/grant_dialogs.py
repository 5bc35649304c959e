"""The dialogs of a reintegration grant: business plan with budget, approval, purchase,
handover and monitoring visit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ajo_cases.domain.records_grants import BudgetLine, GrantForm, PurchaseForm, VisitForm
from ajo_cases.ui.kit.dialogs import FormDialog, text_box
from ajo_cases.ui.kit.form_widgets import DateEdit, MoneyEdit, VocabCombo, money_text, parse_money


class BudgetEditor(QWidget):
    """Budget lines: item, quantity, unit cost; rows added and removed with buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(
            lambda: (
                self.table.removeRow(self.table.currentRow())
                if self.table.currentRow() >= 0
                else None
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Quantity"),
                                              self.tr("Unit cost")])  # fmt: skip
        self.add_button.setText(self.tr("Add a line"))
        self.remove_button.setText(self.tr("Remove the line"))

    def add_line(self, item: str = "", quantity: int = 1, unit_minor: int | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(item))
        self.table.setItem(row, 1, QTableWidgetItem(str(quantity)))
        self.table.setItem(row, 2, QTableWidgetItem(money_text(unit_minor).replace("\u00a0", "")))

    def lines(self) -> tuple[BudgetLine, ...]:
        """Raises ValueError naming the first bad row (1-based)."""
        found = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(3)]
            item, quantity, cost = (cell.text().strip() if cell else "" for cell in cells)
            if not (item or cost):
                continue
            try:
                count = int(quantity)
                unit = parse_money(cost)
            except ValueError as exc:
                raise ValueError(row + 1) from exc
            if not item or unit is None or count < 1:
                raise ValueError(row + 1)
            found.append(BudgetLine(item, count, unit))
        return tuple(found)


class PlanDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New business plan"), self.tr("Save the plan"), parent)
        self.sector = self.add(
            "sector", self.tr("Sector:"), VocabCombo("grant_sector"), required=True
        )
        self.title_edit = self.add("title", self.tr("Business:"), QLineEdit())
        self.budget = self.add("budget", self.tr("Budget:"), BudgetEditor(), required=True)
        self.contribution = self.add(
            "contribution", self.tr("Own contribution:"), MoneyEdit(currency=False)
        )
        self.currency = self.add("currency", self.tr("Currency:"), VocabCombo("currency"))
        self.budget.add_line()
        self.check = self._check

    def _check(self) -> bool:
        try:
            lines = self.budget.lines()
        except ValueError as exc:
            self.error("budget", self.tr("Line %1 needs an item, a quantity and a cost.")
                       .replace("%1", str(exc.args[0])))  # fmt: skip
            return False
        if not lines:
            self.error("budget", self.tr("Add at least one budget line."))
            return False
        try:
            self.contribution.minor()
        except ValueError:
            self.error("contribution", self.tr("Write the amount as a number."))
            return False
        return True

    def form(self) -> GrantForm:
        return GrantForm(
            sector=self.sector.code() or "other",
            title=self.title_edit.text().strip() or None,
            budget=self.budget.lines(),
            contribution_minor=self.contribution.minor() or 0,
            currency=self.currency.code() or "TJS",
        )


class AmountDialog(FormDialog):
    def __init__(
        self, title: str, action: str, suggested: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, action, parent)
        self.amount = self.add("amount", self.tr("Approved amount:"), MoneyEdit(currency=False))
        self.amount.set_minor(suggested)
        self.check = self._check

    def _check(self) -> bool:
        try:
            value = self.amount.minor()
        except ValueError:
            value = None
        if not value:
            self.error("amount", self.tr("The approved amount must be more than zero."))
            return False
        return True


class PurchaseDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a purchase"), self.tr("Record"), parent)
        self.item = self.add("item", self.tr("Item:"), QLineEdit(), required=True)
        self.quantity = self.add("quantity", self.tr("Quantity:"), QSpinBox(), required=True)
        self.quantity.setRange(1, 100_000)
        self.cost = self.add(
            "cost", self.tr("Unit cost:"), MoneyEdit(currency=False), required=True
        )
        self.on = self.add("on", self.tr("Bought on:"), DateEdit(), required=True)
        self.supplier = self.add("supplier", self.tr("Supplier:"), QLineEdit())
        self.receipt = self.add("receipt", self.tr("Receipt number:"), QLineEdit())
        self.check = self._check

    def _check(self) -> bool:
        ok = True
        if not self.item.text().strip():
            self.error("item", self.tr("Write what was bought."))
            ok = False
        try:
            if self.cost.minor() is None:
                raise ValueError
        except ValueError:
            self.error("cost", self.tr("Write the amount as a number."))
            ok = False
        return ok

    def form(self) -> PurchaseForm:
        return PurchaseForm(
            item=self.item.text().strip(),
            quantity=self.quantity.value(),
            unit_cost_minor=self.cost.minor() or 0,
            purchased_on=self.on.value(),
            supplier=self.supplier.text().strip(),
            receipt_no=self.receipt.text().strip(),
        )


class HandoverDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hand over the items"), self.tr("Record the handover"), parent)
        self.say(self.tr("Monitoring visits are planned 3, 6 and 12 months after the handover."))
        self.on = self.add("on", self.tr("Handed over on:"), DateEdit(), required=True)
        self.place = self.add("place", self.tr("Place:"), QLineEdit(), required=True)
        self.place.setMaxLength(100)
        self.check = self._check

    def _check(self) -> bool:
        if not self.place.text().strip():
            self.error("place", self.tr("Write where the items were handed over."))
            return False
        return True


class VisitDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Monitoring visit"), self.tr("Record the visit"), parent)
        self.on = self.add("on", self.tr("Visited on:"), DateEdit(), required=True)
        self.running = self.add("running", self.tr("Business:"), QCheckBox())
        self.running.setText(self.tr("running"))
        self.running.setChecked(True)
        self.income = self.add("income", self.tr("Monthly income:"), MoneyEdit(currency=False))
        self.score = self.add("score", self.tr("Sustainability (1–5):"), QSpinBox())
        self.score.setRange(0, 5)
        self.score.setSpecialValueText("—")
        self.problems = self.add("problems", self.tr("Problems:"), text_box())
        self.check = self._check

    def _check(self) -> bool:
        try:
            self.income.minor()
        except ValueError:
            self.error("income", self.tr("Write the amount as a number."))
            return False
        return True

    def form(self) -> VisitForm:
        score = self.score.value()
        return VisitForm(
            visited_on=self.on.value(),
            business_running=self.running.isChecked(),
            monthly_income_minor=self.income.minor(),
            sustainability_score=score or None,
            problems=self.problems.toPlainText().strip() or None,
        )
