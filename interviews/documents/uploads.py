"""An upload handler that stops a file at the cap while it streams in: the bytes past
``limit`` are never read into memory, a temporary file or the documents' storage.

Django's own handlers take whatever arrives (the memory handler up to
FILE_UPLOAD_MAX_MEMORY_SIZE, then a temporary file of any size); this one sits before them
on the document pages, counts each chunk it passes on, and stops the upload when the file
passes the cap. The view then answers with the reason (``refused``), never a 500."""

from __future__ import annotations

from django.core.files.uploadhandler import FileUploadHandler, StopUpload

# Past this many times the cap, the rest of the request is not even read and thrown away:
# the connection is closed (a browser may then show its own error rather than ours).
READ_AND_DROP_UP_TO = 2


class CappedUpload(FileUploadHandler):
    def __init__(self, request=None, *, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.refused = False
        self.declared = 0

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.declared = content_length or 0
        return None  # the other handlers still parse the request

    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > self.limit:
            self.refused = True
            # The temporary copy the next handler began is closed and deleted by Django.
            raise StopUpload(connection_reset=self.declared > self.limit * READ_AND_DROP_UP_TO)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None  # the next handler (memory or temporary file) makes the file
