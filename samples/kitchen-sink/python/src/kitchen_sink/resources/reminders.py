"""Reminders, whose times are RFC 2822 text."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._models import rfc2822
from .._params import Params
from .._response import async_raw_method, raw_method
from .._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import CreateReminderRequestRepeat, CreateReminderRequestRepeatParam, Reminder

__all__ = ["AsyncReminders", "AsyncRemindersWithRawResponse", "Reminders", "RemindersWithRawResponse"]

_CREATE_REMINDER = Endpoint(
    method="POST",
    path="/accounts/{AccountSid}/reminders",
    response_type=lambda: _models.Reminder,
    accept="application/json",
    errors={"default": lambda: _models.Error},
    error_fields={"default": (("code",), ("message",))},
    security=(("accountAuth",), ("bearerAuth",)),
    body="form",
    body_required=True,
    form_styles={"Repeat": "deep"},
    body_format=lambda: {"RemindAt": "rfc2822", "Repeat": lambda: _models.CreateReminderRequestRepeat},
    idempotency_header="Idempotency-Key",
    path_defaults={"AccountSid": ("accountAuth", "KITCHEN_SINK_USERNAME")},
)


class Reminders:
    """Reminders, whose times are RFC 2822 text."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> RemindersWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return RemindersWithRawResponse(self)

    def create(
        self,
        *,
        remind_at: _dt.datetime,
        account_sid: Union[str, NotGiven] = NOT_GIVEN,
        not_before: Union[_dt.datetime, NotGiven] = NOT_GIVEN,
        note: Union[str, NotGiven] = NOT_GIVEN,
        repeat: Union[CreateReminderRequestRepeat, CreateReminderRequestRepeatParam, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Reminder:
        """Schedule a reminder; its times are RFC 2822 text on the wire, as Twilio writes them.

        Args:
            account_sid: The account; the config lets a call leave it out and use the client's user name (S53). Left out, the client's ``account_sid`` or else its user name is used (KITCHEN_SINK_USERNAME).
            not_before: Not sent before this instant.
            repeat: Repeats the reminder; a nested input, given as a model or as plain data.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Reminder",
            self._core.request(
                _CREATE_REMINDER,
                Params(
                    path={"AccountSid": account_sid},
                    query={"NotBefore": rfc2822(not_before)},
                    fields={"RemindAt": rfc2822(remind_at), "Note": note, "Repeat": repeat},
                ),
                request_options,
                self._raw,
            ),
        )


class AsyncReminders:
    """Reminders, whose times are RFC 2822 text."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncRemindersWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncRemindersWithRawResponse(self)

    async def create(
        self,
        *,
        remind_at: _dt.datetime,
        account_sid: Union[str, NotGiven] = NOT_GIVEN,
        not_before: Union[_dt.datetime, NotGiven] = NOT_GIVEN,
        note: Union[str, NotGiven] = NOT_GIVEN,
        repeat: Union[CreateReminderRequestRepeat, CreateReminderRequestRepeatParam, NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Reminder:
        """Schedule a reminder; its times are RFC 2822 text on the wire, as Twilio writes them.

        Args:
            account_sid: The account; the config lets a call leave it out and use the client's user name (S53). Left out, the client's ``account_sid`` or else its user name is used (KITCHEN_SINK_USERNAME).
            not_before: Not sent before this instant.
            repeat: Repeats the reminder; a nested input, given as a model or as plain data.
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Reminder",
            await self._core.request(
                _CREATE_REMINDER,
                Params(
                    path={"AccountSid": account_sid},
                    query={"NotBefore": rfc2822(not_before)},
                    fields={"RemindAt": rfc2822(remind_at), "Note": note, "Repeat": repeat},
                ),
                request_options,
                self._raw,
            ),
        )


class RemindersWithRawResponse:
    """The methods of :class:`Reminders` that return a :class:`RawResponse`."""

    def __init__(self, resource: Reminders) -> None:
        raw = Reminders(resource._core, raw=True)
        self.create = raw_method(raw.create)


class AsyncRemindersWithRawResponse:
    """The methods of :class:`AsyncReminders` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncReminders) -> None:
        raw = AsyncReminders(resource._core, raw=True)
        self.create = async_raw_method(raw.create)
