"""The case windows a page opened: one window per case, and their unsaved edits kept over a
lock. A page that opens cases derives from `CasePage`, which hands their drafts through."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ajo_cases.ui.app.pages import Draft, Page, PageContext

if TYPE_CHECKING:  # the case window and its tabs load when the first case is opened
    from ajo_cases.ui.cases.case_window import CaseWindow


class CaseWindows:
    def __init__(self, context: PageContext, owner: QWidget) -> None:
        self.context = context
        self.owner = owner  # the windows close with it
        self.windows: dict[str, CaseWindow] = {}

    def open(self, case_id: str, draft: Draft | None = None) -> CaseWindow:
        from ajo_cases.ui.cases.case_window import CaseWindow

        window = self.windows.get(case_id)
        if window is None:
            window = CaseWindow(self.context, case_id, self.owner, draft=draft)
            self.windows[case_id] = window
            window.destroyed.connect(lambda _obj=None, cid=case_id: self.windows.pop(cid, None))
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def __contains__(self, case_id: object) -> bool:
        return case_id in self.windows

    def __getitem__(self, case_id: str) -> CaseWindow:
        return self.windows[case_id]

    def take_draft(self) -> Draft | None:
        drafts = {}
        for case_id, window in self.windows.items():
            draft = window.take_draft()
            if draft:
                drafts[case_id] = draft
        return {"cases": drafts} if drafts else None

    def restore_draft(self, draft: Draft) -> None:
        cases = draft.get("cases", {})
        if isinstance(cases, dict):
            for case_id, case_draft in cases.items():
                self.open(case_id, draft=case_draft)


class CasePage(Page):
    """A page from which cases open in their own windows (lists, the shelter)."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.case_windows = CaseWindows(context, self)

    def take_draft(self) -> Draft | None:
        return self.case_windows.take_draft()

    def restore_draft(self, draft: Draft) -> None:
        self.case_windows.restore_draft(draft)
