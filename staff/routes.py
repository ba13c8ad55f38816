"""The staff console under /staff: log in, the queue, approve or reject, log out, the audit trail,
and (admins) staff accounts (staff/account_pages.py).

Every page but the login page needs a session; without one the answer is a redirect to the
login page and never data. Every form carries a single-use CSRF token bound to the session
(or, for the login form, to a pre-session cookie).
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta
from typing import Any

from starlette.convertors import Convertor, register_url_convertor
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route, Router
from starlette.templating import Jinja2Templates

from rooms.posts.http import BadBody, BodyTooLarge, client_address, read_form
from rooms.posts.rules import REJECT_REASONS, TANA_CATEGORIES
from rooms.posts.store import PostStore
from safety.levels import LEVELS
from staff import RISK_LEVEL_WORDS, accounts, second_factor
from staff.account_pages import StaffAccounts
from staff.accounts import NOT_STAFF, StaffMember
from staff.highlight import mark
from staff.throttle import AttemptCounts, LoginThrottle
from staff.tokens import SESSION_SECONDS, Session, Tokens
from stats import report
from stats.field_view import WINDOW_DAYS, field_view
from stats.report import Chart
from stats.store import StatsStore
from world.origin import same_origin

SESSION_COOKIE = "kakurega_staff"
LOGIN_COOKIE = "kakurega_staff_login"
COOKIE_PATH = "/staff"
NO_STORE = {"cache-control": "no-store", "x-robots-tag": "noindex"}
# One answer for an unknown name, a wrong password, a wrong code and a try held back by the
# throttle, so that none of them tells whether a name is staff (staff/accounts.py).
REFUSED = "名前、パスワード、またはコードが違います。何度か間違えると、次に試せるまで少しずつ長く待ちます。"
# What the audit trail counts for each kind of refusal (a name only when it is staff).
COUNTED = {
    "unknown": "login_unknown_name",
    "held": "login_held",
    "password": "login_failed",
    "code": "login_failed_code",
    "disabled": "login_disabled",
}


class RowId(Convertor[int]):
    """A row's id in a path (``{post_id:row_id}``): 1 to 18 ASCII digits, any longer is a 404.

    Starlette's ``int`` took any number of digits: past 4,300 ``int()`` raised (a 500), and a
    number past the database's 64-bit ids would have reached the store. Every id fits in 18."""

    regex = "[0-9]{1,18}"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(value)


register_url_convertor("row_id", RowId())


class StaffConsole:
    def __init__(self, templates: Jinja2Templates, secret_key: str, secure_cookies: bool | None) -> None:
        self.templates = templates
        self.tokens = Tokens(secret_key)
        self.secure = secure_cookies
        self.throttle = LoginThrottle()
        self.attempts = AttemptCounts()

    def router(self) -> Router:
        return Router(
            routes=[
                Route("/", self.queue, methods=["GET"]),
                Route("/login", self.login_page, methods=["GET"]),
                Route("/login", self.login, methods=["POST"]),
                Route("/logout", self.logout, methods=["POST"]),
                Route("/posts/{post_id:row_id}/approve", self.approve, methods=["POST"]),
                Route("/posts/{post_id:row_id}/reject", self.reject, methods=["POST"]),
                Route("/audit", self.audit, methods=["GET"]),
                Route("/stats", self.stats, methods=["GET"]),
                Route("/stats/{name:str}.csv", self.stats_csv, methods=["GET"]),
                Route("/account", self.account, methods=["GET"]),
                Route("/account/second-factor", self.enrol, methods=["POST"]),
                *StaffAccounts(self).routes(),
            ]
        )

    # -- pages -----------------------------------------------------------------------------

    async def queue(self, request: Request) -> Response:
        who, session = await self._who(request)
        if who is None or session is None:
            return _to_login()
        store = _store(request)
        waiting = await store.queue()
        now = datetime.now(UTC).replace(tzinfo=None)
        today = await StatsStore(store.engine).posts_since(now - timedelta(days=1))
        oldest = await store.oldest_waiting_seconds()
        items = [
            {
                "post": post,
                "waited": report.waited(post.created_minute, now),
                "marked": mark(post.body),
                "approve_token": self.tokens.csrf(session.nonce, f"approve:{post.id}"),
                "reject_token": self.tokens.csrf(session.nonce, f"reject:{post.id}"),
            }
            for post in waiting
        ]
        context = {
            "who": who,
            "items": items,
            "stats": await store.stats(),
            "inflow": report.inflow_today(today, now),
            "oldest": None if oldest is None else report.waited(now - timedelta(seconds=oldest), now),
            "reasons": REJECT_REASONS,
            "staff_levels": LEVELS,
            "categories": TANA_CATEGORIES,
            "done": request.query_params.get("done"),
            "logout_token": self.tokens.csrf(session.nonce, "logout"),
        }
        return self._render(request, "staff/queue.html", context)

    async def audit(self, request: Request) -> Response:
        who, session = await self._who(request)
        if who is None or session is None:
            return _to_login()
        if not who.is_admin:
            return self._render(
                request, "staff/message.html", {"who": who, "message": "管理者だけが見られます。"}, 403
            )
        await self._write_attempts(request, force=True)
        rows = await accounts.audit_trail(_store(request).engine)
        context = {"who": who, "rows": rows, "logout_token": self.tokens.csrf(session.nonce, "logout")}
        return self._render(request, "staff/audit.html", context)

    async def stats(self, request: Request) -> Response:
        """Visitor statistics (stats/report.py): every staff member, moderators included."""
        who, session = await self._who(request)
        if who is None or session is None:
            return _to_login()
        charts, uniques = await _charts(request)
        since = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=WINDOW_DAYS)
        # Levels only (the store reads no words for this): the figures outlive erased rejections.
        labelled = await _store(request).staff_levels(since)
        context = {
            "who": who,
            "charts": charts,
            "uniques": uniques,
            "field": field_view((post.staff_level, post.net_level) for post in labelled),
            "net_levels": [RISK_LEVEL_WORDS[level] for level in LEVELS],
            "logout_token": self.tokens.csrf(session.nonce, "logout"),
        }
        return self._render(request, "staff/stats.html", context)

    async def stats_csv(self, request: Request) -> Response:
        who, _ = await self._who(request)
        if who is None:
            return _to_login()
        name = request.path_params["name"]
        charts, _ = await _charts(request)
        chart = next((c for c in charts if c.name == name), None)
        if chart is None:
            return self._render(
                request, "staff/message.html", {"who": who, "message": "その表はありません。"}, 404
            )
        headers = {**NO_STORE, "content-disposition": f'attachment; filename="kakurega-{name}.csv"'}
        return Response(chart.csv(), media_type="text/csv; charset=utf-8", headers=headers)

    async def login_page(self, request: Request) -> Response:
        who, _ = await self._who(request)
        if who is not None:
            return RedirectResponse("/staff/", status_code=303)
        return self._login_form(request, None, 200)

    # -- actions ---------------------------------------------------------------------------

    async def login(self, request: Request) -> Response:
        if not same_origin(request.headers):
            return self._login_form(request, "このフォームは、このサイトから送ってください。", 403)
        try:
            form = await read_form(request)
        except (BadBody, BodyTooLarge):
            return self._login_form(request, "フォームを読み取れませんでした。もう一度お試しください。", 400)
        pre = request.cookies.get(LOGIN_COOKIE, "")
        if not pre or not self.tokens.check_csrf(form.get("csrf"), pre, "login"):
            return self._login_form(
                request, "フォームの期限が切れました。もう一度ログインしてください。", 403
            )
        name, password = form.get("name", "").strip(), form.get("password", "")
        code = form.get("code", "")
        if not name or not password:
            return self._login_form(request, "名前とパスワードを入力してください。", 400)
        await self._write_attempts(request)
        source = client_address(request)
        if not self.throttle.source_allowed(source):
            # Many tries from one place, whatever the names: this says nothing about any name.
            self.attempts.add("login_too_often", NOT_STAFF)
            return self._login_form(request, "ここからの試行が多すぎます。数分待ってください。", 429)
        held = self.throttle.delay(name, source) > 0
        result = await accounts.log_in(_store(request).engine, name, password, code, held=held)
        if result.member is None:
            if result.failure != "held":
                self.throttle.failed(name, source)
            failure = result.failure or "password"
            self.attempts.add(COUNTED[failure], NOT_STAFF if failure == "unknown" else name)
            return self._login_form(request, REFUSED, 401)
        self.throttle.succeeded(name, source)
        response = RedirectResponse("/staff/", status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            self.tokens.new_session(result.member.id, result.member.session_epoch),
            max_age=SESSION_SECONDS,
            path=COOKIE_PATH,
            httponly=True,
            samesite="strict",
            secure=self._secure(request),
        )
        response.delete_cookie(LOGIN_COOKIE, path=COOKIE_PATH)
        return response

    async def logout(self, request: Request) -> Response:
        who, session = await self._who(request)
        if who is None or session is None:
            return _to_login()
        form = await self._checked_form(request, session, "logout")
        if isinstance(form, Response):
            return form
        await accounts.log_out(_store(request).engine, who)
        response = RedirectResponse("/staff/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path=COOKIE_PATH)
        return response

    async def approve(self, request: Request) -> Response:
        return await self._decide(request, approve=True)

    async def reject(self, request: Request) -> Response:
        return await self._decide(request, approve=False)

    async def _decide(self, request: Request, *, approve: bool) -> Response:
        who, session = await self._who(request)
        if who is None or session is None:
            return _to_login()
        post_id = request.path_params["post_id"]
        form = await self._checked_form(request, session, f"{'approve' if approve else 'reject'}:{post_id}")
        if isinstance(form, Response):
            return form
        reason = None
        if not approve:
            reason = form.get("reason")
            if reason not in REJECT_REASONS:
                return self._message(request, who, "却下の理由を選んでください。", 400)
        # Optional: "" (or no field) records nothing; anything else must be one of the levels.
        # Checked before the store is touched, so a bad value leaves the post waiting.
        staff_level = form.get("staff_level", "") or None
        if staff_level is not None and staff_level not in LEVELS:
            return self._message(request, who, "見立ての値が正しくありません。選び直してください。", 400)
        outcome = await _store(request).decide(post_id, who.name, approve, reason, staff_level)
        if outcome == "missing":
            return self._message(request, who, "その投稿はありません。", 404)
        if outcome == "already":
            return RedirectResponse("/staff/?done=already", status_code=303)
        return RedirectResponse(f"/staff/?done={'approved' if approve else 'rejected'}", status_code=303)

    # -- the second factor ---------------------------------------------------------------

    async def account(self, request: Request) -> Response:
        who, session = await self._who(request)
        if who is None or session is None:
            return _to_login()
        return await self._account_page(request, who, session, None, 200)

    async def enrol(self, request: Request) -> Response:
        who, session = await self._who(request)
        if who is None or session is None:
            return _to_login()
        form = await self._checked_form(request, session, "second-factor")
        if isinstance(form, Response):
            return form
        if who.second_factor:
            return RedirectResponse("/staff/account", status_code=303)
        secret = self.tokens.read_enrolling(form.get("enrolling"), who.id)
        if secret is None:
            return await self._account_page(
                request, who, session, "時間がかかりすぎました。新しいコードを読み取ってください。", 400
            )
        codes = await accounts.enrol_second_factor(_store(request).engine, who, secret, form.get("code", ""))
        if codes is None:
            error = "コードが一致しませんでした。電話の時計を確かめて、いまのコードを入力してください。"
            return await self._account_page(request, who, session, error, 400, secret=secret)
        context = {"who": who, "codes": codes, "logout_token": self.tokens.csrf(session.nonce, "logout")}
        return self._render(request, "staff/recovery_codes.html", context)

    async def _account_page(
        self,
        request: Request,
        who: StaffMember,
        session: Session,
        error: str | None,
        status: int,
        *,
        secret: str | None = None,
    ) -> Response:
        context: dict[str, Any] = {
            "who": who,
            "error": error,
            "logout_token": self.tokens.csrf(session.nonce, "logout"),
        }
        if who.second_factor:
            context["recovery_left"] = await accounts.unused_recovery_codes(_store(request).engine, who)
        else:
            secret = secret or second_factor.new_secret()
            uri = second_factor.enrolment_uri(secret, who.name)
            context |= {
                "secret": secret,
                "qr": second_factor.qr_code(uri),
                "enrolling": self.tokens.enrolling(who.id, secret),
                "csrf": self.tokens.csrf(session.nonce, "second-factor"),
            }
        return self._render(request, "staff/account.html", context, status)

    # -- helpers ---------------------------------------------------------------------------

    async def _write_attempts(self, request: Request, *, force: bool = False) -> None:
        due = self.attempts.due(force=force)
        if due:
            await accounts.record_attempt_counts(_store(request).engine, due)

    async def _who(self, request: Request) -> tuple[StaffMember | None, Session | None]:
        session = self.tokens.read_session(request.cookies.get(SESSION_COOKIE))
        if session is None:
            return None, None
        who = await accounts.member(_store(request).engine, session.staff_id)
        if who is None or who.session_epoch != session.epoch or not who.active:
            return None, None
        return who, session

    async def _checked_form(
        self, request: Request, session: Session, purpose: str
    ) -> dict[str, str] | Response:
        if not same_origin(request.headers):
            return self._render(
                request, "staff/message.html", {"message": "別のサイトからのフォームは受け付けません。"}, 403
            )
        try:
            form = await read_form(request)
        except (BadBody, BodyTooLarge):
            return self._render(
                request, "staff/message.html", {"message": "フォームを読み取れませんでした。"}, 400
            )
        if not self.tokens.check_csrf(form.get("csrf"), session.nonce, purpose):
            message = "このフォームは使用済みか期限切れです。審査待ちを読み込み直してください。"
            return self._render(request, "staff/message.html", {"message": message}, 403)
        return form

    def _login_form(self, request: Request, error: str | None, status: int) -> Response:
        pre = secrets.token_urlsafe(16)
        response = self._render(
            request, "staff/login.html", {"error": error, "csrf": self.tokens.csrf(pre, "login")}, status
        )
        response.set_cookie(
            LOGIN_COOKIE,
            pre,
            max_age=7200,
            path=COOKIE_PATH,
            httponly=True,
            samesite="strict",
            secure=self._secure(request),
        )
        return response

    def _secure(self, request: Request) -> bool:
        # Unset: ``Secure`` whenever the console is reached over https (HSTS is the TLS edge's job).
        return self.secure if self.secure is not None else request.url.scheme == "https"

    def _message(self, request: Request, who: StaffMember, message: str, status: int) -> Response:
        return self._render(request, "staff/message.html", {"who": who, "message": message}, status)

    def _render(self, request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
        return self.templates.TemplateResponse(request, name, context, status_code=status, headers=NO_STORE)


async def _charts(request: Request) -> tuple[list[Chart], list[tuple[str, int | None]]]:
    """The charts, and the distinct-browser estimates for today, yesterday and this month (UTC)."""
    stats = StatsStore(_store(request).engine)
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = await stats.rows(now - timedelta(days=91))
    posts = await stats.posts_since(now - timedelta(days=30))
    today, yesterday = now.strftime("%Y-%m-%d"), (now - timedelta(days=1)).strftime("%Y-%m-%d")
    periods = {"きょう（UTC）": today, "きのう（UTC）": yesterday, "今月（UTC）": today[:7]}
    estimates = await stats.uniques([*periods.values(), *(d.isoformat() for d in _days(now, 90))])
    uniques = [(label, estimates.get(period)) for label, period in periods.items()]
    return report.build(rows, posts, estimates, now), uniques


def _days(now: datetime, count: int) -> list[date]:
    return [(now - timedelta(days=n)).date() for n in range(count)]


def _store(request: Request) -> PostStore:
    return request.app.state.posts


def _to_login() -> Response:
    return RedirectResponse("/staff/login", status_code=303, headers=NO_STORE)
