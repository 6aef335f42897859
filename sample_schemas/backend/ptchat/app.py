"""The ASGI application: `uvicorn ptchat.app:app`."""

from __future__ import annotations

from fastapi import FastAPI

from ptchat.api import auth, billing, chat
from ptchat.monitoring import init_monitoring

init_monitoring()

app = FastAPI(title="ptchat", version="3.14.0")
app.include_router(auth.router)
app.include_router(billing.router)
app.include_router(chat.router)


@app.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}
