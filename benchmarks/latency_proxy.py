"""A TCP relay that delays every chunk by a fixed time in each direction (added latency).

    python benchmarks/latency_proxy.py LISTEN_PORT TARGET_PORT DELAY_MS

Stands in for ``tc netem delay`` where the kernel has no ``sch_netem``: each direction waits
DELAY_MS / 2, so a round trip gains DELAY_MS. Bytes keep their order; nothing is dropped or
throttled. Prints "ready" once listening.
"""

from __future__ import annotations

import asyncio
import sys
import time


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def send() -> None:
        while True:
            due, data = await queue.get()
            if not data:
                break
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
        writer.close()

    sender = asyncio.create_task(send())
    try:
        while data := await reader.read(65536):
            queue.put_nowait((time.monotonic() + delay, data))
    except ConnectionError:
        pass
    queue.put_nowait((0.0, b""))
    await sender


async def main(listen: int, target: int, delay_ms: float) -> None:
    one_way = delay_ms / 2000

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", target)
        await asyncio.gather(
            _pipe(reader, up_writer, one_way),
            _pipe(up_reader, writer, one_way),
            return_exceptions=True,
        )

    server = await asyncio.start_server(serve, "127.0.0.1", listen)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])))
