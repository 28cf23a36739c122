"""The composing area: the message (text, buttons) on the left; how it is sent, the two
previews and the problems on the right; the summary line with Cancel and Send below.

The view shows one `app.session.ComposeSession`. The way of one keystroke: an editor
emits ``changed`` → the view reads the template from its editors (`template`) and gives it
to the session → the session derives the filled draft and its problems → the view routes
the problems to the fields, the counter and the summary, and schedules the previews, which
show the session's filled draft and masked body → ``draft_changed`` carries the template
(never the filled text) to undo, autosave and the bulk panel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from ..app.session import ComposeSession
from ..domain.model import Draft, Message, wire_length
from ..domain.validation import Problem, has_errors
from . import theme
from .editor.button_list import ButtonListEditor
from .editor.message_editor import MessageTextEditor
from .editor.send_options import SendOptionsEditor
from .i18n import translate
from .inline_problems import ERROR_MARK
from .preview.request_text import preview_note
from .problems import ProblemsPanel, summary_text
from .retranslate import Retranslatable

if TYPE_CHECKING:
    # The previews are built (and their modules imported) by `complete`: after the first
    # paint when the window starts in stages.
    from .preview.json_preview import JsonPreview
    from .preview.zalo_preview import ZaloPreview


class ComposeView(Retranslatable, QtWidgets.QWidget):
    """The editors, previews, problems and Send of one compose session.

    Signals:
        draft_changed: the user edited the draft (not emitted by `load_draft`).
        send_clicked: Send was pressed.
        sendable_changed: whether Send can be pressed now changed.
    """

    draft_changed = QtCore.Signal(object)  # payload: the template Draft after the edit
    send_clicked = QtCore.Signal()
    sendable_changed = QtCore.Signal(bool)  # payload: True when Send is enabled

    json_preview: JsonPreview
    zalo_preview: ZaloPreview

    def __init__(self, session: ComposeSession, parent: QtWidgets.QWidget | None = None, *,
                 staged: bool = False) -> None:
        """*staged*: the previews wait for `complete` (their tabs are there, empty, and
        keep their place and size); otherwise the view is complete at once."""
        super().__init__(parent)
        self.setObjectName("central")
        self._session = session
        self._loading = False
        self._busy = False
        self._shown_problems: list[Problem] = []
        # An untouched empty form shows no problems (no red on first start) until a field
        # is edited or Send is pressed.
        self._quiet = True
        self._summary_color = ""
        self._bulk_names: list[str] = []  # placeholders the bulk send fills, as last shown
        self.options = SendOptionsEditor(self)
        self.message = MessageTextEditor(self)
        self.buttons = ButtonListEditor(self)
        self._previews_built = False
        self.problems_panel = ProblemsPanel(self)
        self.preview_tabs = QtWidgets.QTabWidget(self)
        self.preview_tabs.setObjectName("previewTabs")
        self.preview_tabs.setDocumentMode(True)
        self.summary = QtWidgets.QLabel(self)
        self.summary.setObjectName("summary")
        self.send_button = QtWidgets.QPushButton(self)
        self.send_button.setObjectName("sendButton")
        self.cancel_button = QtWidgets.QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.left_splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical, self)
        self.left_splitter.setObjectName("leftSplitter")
        self.right_splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("rightSplitter")
        self.main_splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self._preview_timer = QtCore.QTimer(self)
        self._preview_timer.setObjectName("previewTimer")
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(0)  # coalesces a burst of edits into one rebuild
        self._build_layout()
        for editor in (self.options, self.message, self.buttons):
            editor.changed.connect(self._on_editor_changed)
        self.problems_panel.problem_activated.connect(self.focus_field)
        self.send_button.clicked.connect(self.send_clicked)
        self._preview_timer.timeout.connect(self._on_preview_timer_timeout)
        self.refresh()
        self._retranslate_ui()
        if not staged:
            self.complete()

    def complete(self) -> None:
        """Build the JSON and Zalo previews into their tabs (once) and fill them."""
        if self._previews_built:
            return
        from .preview.json_preview import JsonPreview
        from .preview.zalo_preview import ZaloPreview

        self.json_preview = JsonPreview(self)
        self.zalo_preview = ZaloPreview(self)
        self.zalo_preview.button_activated.connect(self._on_zalo_preview_button_activated)
        current = self.preview_tabs.currentIndex()
        for index, page in enumerate((self.json_preview, self.zalo_preview)):
            text = self.preview_tabs.tabText(index)
            stand_in = self.preview_tabs.widget(index)
            self.preview_tabs.removeTab(index)
            self.preview_tabs.insertTab(index, page, text)
            if stand_in is not None:
                stand_in.deleteLater()
        self.preview_tabs.setCurrentIndex(current)
        self._previews_built = True
        self.flush_preview()

    # --- the draft ---------------------------------------------------------------------

    def template(self) -> Draft:
        """The draft as the editors show it: what the user typed, placeholders and all."""
        return Draft(
            message=Message(text=self.message.text(), buttons=self.buttons.to_model()),
            recipients=self.options.recipients(),
            request_id=self.options.request_id(),
            send_date=self.options.send_date(),
            note=self.options.note(),
        )

    def load_draft(self, draft: Draft) -> None:
        """Show *draft* in the editors (no `draft_changed`)."""
        self._loading = True
        try:
            self.options.set_values(recipients=draft.recipients, request_id=draft.request_id,
                                    send_date=draft.send_date, note=draft.note)
            self.message.set_text(draft.message.text)
            self.buttons.set_buttons(draft.message.buttons)
        finally:
            self._loading = False
        self._quiet = not (draft.message.text or draft.message.buttons)
        self.refresh()

    def set_defaults(self, values: dict[str, str]) -> None:
        """Placeholder values for single sends (from the bulk panel's defaults)."""
        self._session.set_defaults(values)
        self.message.set_known_variables([*values, *self._bulk_names])
        self.refresh()

    def set_bulk(self, columns: list[str], *, active: bool) -> None:
        """The bulk send fills the placeholders its recipients table has columns for, or
        every one while it is *active*: the view says so instead of calling them errors."""
        if self._session.set_bulk(columns, active=active):
            self.refresh()

    def set_busy(self, busy: bool) -> None:
        """A send is (or is no longer) under way: Send waits, Cancel works."""
        self._busy = busy
        self.cancel_button.setEnabled(busy)
        self.send_button.setText(self.tr("Sending…") if busy else self.tr("Send"))
        self.refresh()

    def can_send(self) -> bool:
        """True while the draft has no errors and no send is under way."""
        return self._session.can_send() and not self._busy

    def refresh(self, *, recheck: bool = False) -> None:
        """Give the editors' draft to the session and show what it derives."""
        self._session.set_template(self.template())
        problems = self._session.recheck() if recheck else self._session.problems()
        self._quiet = self._quiet and not recheck
        self.message.set_count(wire_length(self._session.filled().message.text))
        bulk_names = self._session.waiting_for_bulk()
        if bulk_names != self._bulk_names:
            self._bulk_names = bulk_names
            self.message.set_known_variables([*self._session.defaults, *bulk_names])
        if self._quiet:
            problems = []
        if problems != self._shown_problems:
            recount = len(problems) != len(self._shown_problems)
            self._shown_problems = problems
            for widget in (self.options, self.message, self.buttons):
                widget.show_problems(problems)
            self.problems_panel.set_problems(problems)
            if recount:
                self._share_right_column()
        sendable = self.can_send()
        if sendable != self.send_button.isEnabled():
            self.send_button.setEnabled(sendable)
            self.sendable_changed.emit(sendable)
        self._show_summary(problems)
        self._preview_timer.start()

    def _share_right_column(self) -> None:
        """The problems get the room they ask for (one line when there is none, up to
        two fifths of the column), the previews the rest."""
        sizes = self.right_splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        wanted = min(self.problems_panel.sizeHint().height(), total * 2 // 5)
        self.right_splitter.setSizes([total - wanted, wanted])

    def flush_preview(self) -> None:
        """Rebuild the previews now instead of at the next turn of the event loop."""
        self._preview_timer.stop()
        self._on_preview_timer_timeout()

    def schedule_preview(self) -> None:
        """Rebuild the previews at the next turn of the event loop."""
        self._preview_timer.start()

    def focus_field(self, path: str) -> bool:
        """Put the keyboard focus into the field of a problem's *path*; whether it could."""
        return (self.options.focus_field(path) or self.message.focus_field(path)
                or self.buttons.focus_field(path))

    def focus_areas(self) -> list[QtWidgets.QWidget | list[QtWidgets.QWidget]]:
        """The view's Tab stops in reading order (see `tab_order`): how it is sent, the
        message and its buttons, the previews, the problems, Cancel and Send."""
        return [self.options, [self.message.text_edit(), *self.buttons.focus_chain()],
                self.preview_tabs, self.problems_panel,
                [self.cancel_button, self.send_button]]

    # --- building and slots ------------------------------------------------------------

    def _build_layout(self) -> None:
        self.left_splitter.addWidget(self.message)
        self.left_splitter.addWidget(self.buttons)
        # The message grows with the window as the buttons do.
        self.left_splitter.setStretchFactor(0, 1)
        self.left_splitter.setStretchFactor(1, 1)
        self.left_splitter.setSizes([300, 500])
        self.left_splitter.setChildrenCollapsible(False)
        for title in ("JSON", ""):  # stand-ins until `complete` builds the previews
            self.preview_tabs.addTab(QtWidgets.QWidget(self.preview_tabs), title)
        # Short windows (a laptop with the bulk dock open) squeeze the previews, which
        # scroll, before the window would grow past the screen.
        self.preview_tabs.setMinimumHeight(self.fontMetrics().height() * 8)
        self.right_splitter.addWidget(self.preview_tabs)
        self.right_splitter.addWidget(self.problems_panel)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 0)
        self.right_splitter.setSizes([560, 130])
        self.right_splitter.setChildrenCollapsible(False)
        self._delivery_title = QtWidgets.QLabel(self)
        self._delivery_title.setObjectName("deliveryTitle")
        bold = self._delivery_title.font()
        bold.setBold(True)
        self._delivery_title.setFont(bold)
        right = QtWidgets.QWidget(self)
        right.setObjectName("sendingArea")
        right_layout = QtWidgets.QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._delivery_title)
        right_layout.addWidget(self.options)
        right_layout.addSpacing(6)
        right_layout.addWidget(self.right_splitter, 1)
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(right)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([660, 600])
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setHandleWidth(12)
        self.summary.setWordWrap(True)
        for button in (self.send_button, self.cancel_button):
            button.setAutoDefault(False)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.send_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.addWidget(self.main_splitter, 1)
        layout.addLayout(bottom)

    def _retranslate_ui(self) -> None:
        self.preview_tabs.setAccessibleName(self.tr("Preview of the request"))
        self.send_button.setText(self.tr("Sending…") if self._busy else self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send the message (Ctrl+Return)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Abort the request in flight (Esc)"))
        self.preview_tabs.setTabText(1, self.tr("Zalo preview"))
        self._delivery_title.setText(self.tr("Delivery"))
        self._show_summary(self._shown_problems)
        self._preview_timer.start()  # its note

    def _show_summary(self, problems: list[Problem]) -> None:
        if self._quiet:
            text, color = self.tr("Type the message and who receives it; problems show as "
                                  "you go."), ""
        elif self._bulk_names and not has_errors(problems):
            names = ", ".join(f"{{{{{n}}}}}" for n in self._bulk_names)
            text, color = self.tr("{names} filled per recipient in Bulk send: start it there, "
                                  "or give each a default to send one message here.").format(
                names=names), ""
        elif has_errors(problems):
            text = f"{ERROR_MARK} " + self.tr("{summary}: fix the errors to send.").format(
                summary=summary_text(problems))
            color = theme.tone_color(self.palette(), "error").name()
        else:
            text = "✔ " + self.tr("Ready to send. {summary}.").format(
                summary=summary_text(problems))
            color = ""
        self.summary.setText(text)
        if color != self._summary_color:
            # Style sheets are costly to apply; only when the state flips.
            self._summary_color = color
            self.summary.setStyleSheet(f"color: {color}" if color else "")

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Share the right column once its height is known."""
        super().showEvent(event)
        if not event.spontaneous():
            QtCore.QTimer.singleShot(0, self._share_right_column)

    def _on_editor_changed(self) -> None:
        if self._loading:
            return
        self._quiet = False
        self.refresh()
        self.draft_changed.emit(self._session.template)

    def _on_preview_timer_timeout(self) -> None:
        if not self._previews_built:
            return  # `complete` fills them
        session = self._session
        filled = session.filled()
        self.json_preview.set_text(session.shown_json())
        self.json_preview.set_note(preview_note(filled, session.account, translate))
        self.zalo_preview.set_draft(filled)

    def _on_zalo_preview_button_activated(self, index: int) -> None:
        self.focus_field(f"buttons[{index}].title")
