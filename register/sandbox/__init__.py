"""The local Final POS sandbox: a real HTTP server on 127.0.0.1 that speaks the Final POS REST contract.

It powers demo/training mode and the tests. Run it with ``register sandbox`` (:mod:`.cli`) or, in tests,
with :func:`register.sandbox.testing.running_sandbox`. Paths, bodies and errors follow
``CONTRACT.md``; ``/v1/sandbox/`` holds what the real API lacks (tax tables, health, fault settings).

Nothing heavy is imported here: the web stack (Starlette, uvicorn) loads only when a sandbox starts.

    app.py         ASGI app: API-key gate, fault injection, routes, error bodies
    handlers.py    CRUD, lists, Idempotency-Key and receiptId de-duplication
    validation.py  request bodies checked with the client's wire models (register.api.models)
    store.py       one SQLite file (WAL) per data directory
    seed.py        demo shop and synthetic products (demo_catalog.py, taxes.py hold the data)
    faults.py      latency, 503s, connections dropped after the commit
    server.py      socket + uvicorn; cli.py and testing.py are the entry points
"""
