"""Call recordings and media."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Optional, Union, cast

from .. import models as _models
from .._core import AsyncCore, Endpoint, SyncCore
from .._params import Params
from .._response import AsyncBinaryResponse, BinaryResponse, async_raw_method, raw_method
from .._types import NOT_GIVEN, FileInput, NotGiven, RequestOptions

if TYPE_CHECKING:
    from ..models import Recording, UploadRecordingRequestChannels

__all__ = ["AsyncRecordings", "AsyncRecordingsWithRawResponse", "Recordings", "RecordingsWithRawResponse"]

_UPLOAD_RECORDING = Endpoint(
    method="POST",
    path="/calls/{callId}/recordings",
    response_type=lambda: _models.Recording,
    accept="application/json",
    errors={"default": lambda: _models.Error},
    error_fields={"default": (("code",), ("message",))},
    security=(("accountAuth",), ("bearerAuth",)),
    server="https://media.kitchensink.test/v1",
    body="multipart",
    body_required=True,
    part_types={"file": "audio/wav"},
    idempotency_header="Idempotency-Key",
)

_DOWNLOAD_RECORDING_MEDIA = Endpoint(
    method="GET",
    path="/recordings/{recordingId}/media",
    response="binary",
    accept="audio/wav",
    errors={"default": lambda: _models.Error},
    error_fields={"default": (("code",), ("message",))},
    security=(("apiKeyAuth",),),
)

_REPLACE_RECORDING_MEDIA = Endpoint(
    method="PUT",
    path="/recordings/{recordingId}/media",
    response="none",
    security=(("accountAuth",), ("bearerAuth",)),
    body="binary",
    body_required=True,
    content_type="application/octet-stream",
)


class Recordings:
    """Call recordings and media."""

    def __init__(self, core: SyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> RecordingsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return RecordingsWithRawResponse(self)

    def upload(
        self,
        call_id: int,
        *,
        file: FileInput,
        label: Union[str, NotGiven] = NOT_GIVEN,
        channels: Union[UploadRecordingRequestChannels, int, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Recording:
        """Upload a recording (multipart, with a file and fields).

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Recording",
            self._core.request(
                _UPLOAD_RECORDING,
                Params(
                    path={"callId": call_id},
                    fields={"file": file, "label": label, "channels": channels, "tags": tags},
                ),
                request_options,
                self._raw,
            ),
        )

    def download_media(
        self,
        recording_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> BinaryResponse:
        """Download raw audio.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._core.binary(_DOWNLOAD_RECORDING_MEDIA, Params(path={"recordingId": recording_id}), request_options)

    def replace_media(
        self,
        recording_id: str,
        body: FileInput,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Replace raw audio with an octet-stream body.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "None",
            self._core.request(
                _REPLACE_RECORDING_MEDIA,
                Params(path={"recordingId": recording_id}, body=body),
                request_options,
                self._raw,
            ),
        )


class AsyncRecordings:
    """Call recordings and media."""

    def __init__(self, core: AsyncCore, *, raw: bool = False) -> None:
        self._core = core
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncRecordingsWithRawResponse:
        """These methods, each returning a :class:`RawResponse` with the status and headers."""
        return AsyncRecordingsWithRawResponse(self)

    async def upload(
        self,
        call_id: int,
        *,
        file: FileInput,
        label: Union[str, NotGiven] = NOT_GIVEN,
        channels: Union[UploadRecordingRequestChannels, int, NotGiven] = NOT_GIVEN,
        tags: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        request_options: Optional[RequestOptions] = None,
    ) -> Recording:
        """Upload a recording (multipart, with a file and fields).

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "Recording",
            await self._core.request(
                _UPLOAD_RECORDING,
                Params(
                    path={"callId": call_id},
                    fields={"file": file, "label": label, "channels": channels, "tags": tags},
                ),
                request_options,
                self._raw,
            ),
        )

    async def download_media(
        self,
        recording_id: str,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> AsyncBinaryResponse:
        """Download raw audio.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._core.binary(
            _DOWNLOAD_RECORDING_MEDIA,
            Params(path={"recordingId": recording_id}),
            request_options,
        )

    async def replace_media(
        self,
        recording_id: str,
        body: FileInput,
        *,
        request_options: Optional[RequestOptions] = None,
    ) -> None:
        """Replace raw audio with an octet-stream body.

        Args:
            request_options: Overrides for this call: timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return cast(
            "None",
            await self._core.request(
                _REPLACE_RECORDING_MEDIA,
                Params(path={"recordingId": recording_id}, body=body),
                request_options,
                self._raw,
            ),
        )


class RecordingsWithRawResponse:
    """The methods of :class:`Recordings` that return a :class:`RawResponse`."""

    def __init__(self, resource: Recordings) -> None:
        raw = Recordings(resource._core, raw=True)
        self.upload = raw_method(raw.upload)
        self.replace_media = raw_method(raw.replace_media)


class AsyncRecordingsWithRawResponse:
    """The methods of :class:`AsyncRecordings` that return a :class:`RawResponse`."""

    def __init__(self, resource: AsyncRecordings) -> None:
        raw = AsyncRecordings(resource._core, raw=True)
        self.upload = async_raw_method(raw.upload)
        self.replace_media = async_raw_method(raw.replace_media)
