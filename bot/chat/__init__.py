"""The Telegram adapter: PTB Application wiring, handlers, keyboards, rendering and timers.

Not called `bot/telegram/`, so it is never mistaken for the `telegram` package. Entry points:
`build_application(settings)` and `run_bot(settings)` in bot.chat.app; feature modules join
through `HANDLER_MODULES` there, and reach the shared services through bot.chat.context.
"""
