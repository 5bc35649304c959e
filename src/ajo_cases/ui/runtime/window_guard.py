"""Work whose answer arrives after its window was closed (or the vault locked) is dropped:
the callbacks run only while the widget that asked still exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid

from ajo_cases.ui.app.pages import PageContext


def alive(owner: QObject, fn: Callable[..., Any] | None) -> Callable[..., Any] | None:
    if fn is None:
        return None

    def call(*args: Any) -> None:
        if isValid(owner):
            fn(*args)

    return call


def run_for(
    owner: QObject,
    context: PageContext,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> int:
    """PageContext.run, with callbacks that do nothing once `owner` is gone. A failure with
    no handler still reaches the user through the one error path."""
    if on_failure is None:
        from ajo_cases.ui.runtime.rule_messages import show_failure

        def on_failure(exc: BaseException) -> None:
            show_failure(owner if isinstance(owner, QObject) else None, exc)  # type: ignore[arg-type]

    return context.run(fn, alive(owner, on_success), alive(owner, on_failure))
