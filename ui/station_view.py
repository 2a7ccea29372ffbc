"""Pairing: choose the outlet, then one of its stations (with its status), and pair this computer with it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from register.text import printable
from ui.widgets import NoticeLabel, action_button, form_layout, heading, hint, touch_combo
from ui.words import station_status_words


class StationPickerView(QWidget):
    """Outlet → stations with status → pair."""

    pair_requested = Signal(str, str)
    """Station id, this device's name."""
    reload_requested = Signal()

    def __init__(self, device_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outlets: list[Any] = []
        self._stations: list[Any] = []
        self._device_name = device_name
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Pair this computer with a station")))
        layout.addWidget(hint(self.tr("Choose your shop, then the till this computer stands at. Pairing marks the "
                                      "station in use by this computer; a manager can release it later.")))
        form = form_layout()
        self.outlet_combo = touch_combo(QComboBox(objectName="outletCombo"))
        self.outlet_combo.currentIndexChanged.connect(self._show_stations)
        self.device_edit = QLineEdit(self._device_name, objectName="deviceName")
        form.addRow(self.tr("&Shop"), self.outlet_combo)
        form.addRow(self.tr("This computer's &name"), self.device_edit)
        layout.addLayout(form)

        self.table = QTableWidget(0, 3, objectName="stationTable")
        self.table.setAccessibleName(self.tr("Stations of the shop"))
        self.table.setHorizontalHeaderLabels([self.tr("Station"), self.tr("Status"), self.tr("Used by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self._on_pair_clicked())
        layout.addWidget(self.table, 1)

        self.notice = NoticeLabel(self)
        layout.addWidget(self.notice)
        buttons = QHBoxLayout()
        self.reload_button = action_button(self.tr("Reload"), "F5", name="reloadButton", role="secondary")
        self.reload_button.clicked.connect(self._on_reload_clicked)
        self.pair_button = action_button(self.tr("Pair this station"), "F2", name="pairButton")
        self.pair_button.clicked.connect(self._on_pair_clicked)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pair_button)
        layout.addLayout(buttons)
        self.set_loading(self.tr("Looking for your shops…"))

    def set_loading(self, text: str) -> None:
        """Waiting for the server."""
        self.notice.show_message(text, "info")
        self.pair_button.setEnabled(False)

    def set_data(self, outlets: Sequence[Any], stations: Sequence[Any]) -> None:
        """Show the outlets (records with ``id``/``name``) and stations (``outlet_id``, ``status``…)."""
        self._outlets, self._stations = list(outlets), list(stations)
        self.notice.clear_message()
        self.outlet_combo.blockSignals(True)
        self.outlet_combo.clear()
        for outlet in self._outlets:
            self.outlet_combo.addItem(outlet.name or outlet.id, outlet.id)
        self.outlet_combo.blockSignals(False)
        self._show_stations()
        if not self._outlets:
            self.notice.show_message(self.tr("This account has no shops yet. Create one in Final POS, then reload."),
                                     "info")
        self.outlet_combo.setFocus()

    def _show_stations(self) -> None:
        outlet_id = self.outlet_combo.currentData()
        shown = [s for s in self._stations if s.outlet_id == outlet_id]
        self.table.setRowCount(len(shown))
        first_free = -1
        for row, station in enumerate(shown):
            # a station is in use when another installation's deviceId is on it (the register never sets an
            # undocumented status; Final POS documents only AVAILABLE)
            device = getattr(station, "device_id", None) or ""
            status = "IN_USE" if device else (station.status or "").upper()
            name = QTableWidgetItem(printable(station.name or station.id))
            name.setData(Qt.ItemDataRole.UserRole, station.id)
            state = QTableWidgetItem(station_status_words(status))
            state.setData(Qt.ItemDataRole.UserRole, status)
            used_by = QTableWidgetItem(printable(getattr(station, "device_name", None) or device if device else ""))
            for col, item in enumerate((name, state, used_by)):
                self.table.setItem(row, col, item)
            if first_free < 0 and not device:
                first_free = row
        if shown:
            self.table.selectRow(max(first_free, 0))
        self._update_buttons()

    def selected_station_id(self) -> str | None:
        """The chosen station's id."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select_station(self, station_id: str) -> None:
        """Select a station by id (keyboard users use the arrows; tests and scripts this)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == station_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        self.pair_button.setEnabled(self.selected_station_id() is not None)

    def _on_pair_clicked(self) -> None:
        station_id = self.selected_station_id()
        if station_id is None:
            return
        # a station in use may be this very computer's (paired before a reinstall): the core decides, by device id
        self.set_loading(self.tr("Pairing…"))
        self.pair_requested.emit(station_id, self.device_edit.text().strip())

    def _on_reload_clicked(self) -> None:
        self.set_loading(self.tr("Looking for your shops…"))
        self.reload_requested.emit()

    def show_error(self, text: str) -> None:
        """Say what went wrong (the reload button stays)."""
        self.notice.show_message(text)
        self._update_buttons()
