"""Pages that open case windows: one window per case, and their unsaved edits kept over a lock.

A page mixes this in before QWidget and sets `self.context` and `self.case_windows = {}`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ajo_cases.ui.app.pages import PageContext


class CaseWindowHost:
    context: PageContext
    case_windows: dict[str, QWidget]

    def open_case(self, case_id: str, draft: dict[str, Any] | None = None) -> QWidget:
        from ajo_cases.ui.cases.case_window import CaseWindow

        window = self.case_windows.get(case_id)
        if window is None:
            window = CaseWindow(self.context, case_id, self, draft=draft)  # type: ignore[arg-type]
            self.case_windows[case_id] = window
            window.destroyed.connect(
                lambda _obj=None, cid=case_id: self.case_windows.pop(cid, None)
            )
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def take_draft(self) -> dict[str, Any] | None:
        drafts = {}
        for case_id, window in self.case_windows.items():
            draft = window.take_draft()  # type: ignore[attr-defined]
            if draft:
                drafts[case_id] = draft
        return {"cases": drafts} if drafts else None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        for case_id, case_draft in draft.get("cases", {}).items():
            self.open_case(case_id, draft=case_draft)
