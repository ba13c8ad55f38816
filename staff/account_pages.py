"""Admins manage staff accounts in the console (/staff/accounts): list, add, disable or enable,
reset a password (a generated one, shown once) or the second factor. Every change writes an
audit line (staff/accounts.py); moderators get 403 and no link.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from staff import accounts
from staff.accounts import MAX_NAME_CHARS, MIN_PASSWORD_CHARS, ROLES, AccountError, StaffMember

if TYPE_CHECKING:
    from staff.routes import StaffConsole
    from staff.tokens import Session

ROLE_NAMES = {"admin": "管理者", "moderator": "モデレーター"}
ERRORS = {
    "name": f"名前は 1〜{MAX_NAME_CHARS} 文字で、前後の空白・見えない文字・全角英数字は使えません。",
    "role": "役割は「モデレーター」か「管理者」を選んでください。",
    "password": f"パスワードは {MIN_PASSWORD_CHARS} 文字以上にしてください（空なら自動で作ります）。",
    "exists": "その名前のアカウントはもうあります。",
    "missing": "そのアカウントはありません。",
    "self": "自分のアカウントは無効にできません。",
}
DONE = {
    "disabled": "アカウントを無効にしました。",
    "enabled": "アカウントを有効にしました。",
    "second-factor": "二要素認証を解除しました。本人がアカウントページでもう一度設定します。",
}
# Per-account actions: path tail, CSRF purpose prefix.
ACTIONS = ("disable", "enable", "password", "second-factor")


class StaffAccounts:
    def __init__(self, console: StaffConsole) -> None:
        self.console = console

    def routes(self) -> list[Route]:
        return [
            Route("/accounts", self.page, methods=["GET"]),
            Route("/accounts", self.add, methods=["POST"]),
            *(
                Route(f"/accounts/{{staff_id:row_id}}/{action}", self.change, methods=["POST"])
                for action in ACTIONS
            ),
        ]

    async def page(self, request: Request) -> Response:
        admin = await self._admin(request)
        if isinstance(admin, Response):
            return admin
        who, session = admin
        return await self._list(
            request, who, session, None, DONE.get(request.query_params.get("done", "")), 200
        )

    async def add(self, request: Request) -> Response:
        admin = await self._admin(request)
        if isinstance(admin, Response):
            return admin
        who, session = admin
        form = await self.console._checked_form(request, session, "staff-add")
        if isinstance(form, Response):
            return form
        name, role, password = form.get("name", ""), form.get("role", ""), form.get("password", "")
        generated = None if password else accounts.new_password()
        try:
            added = await accounts.add_staff(
                _engine(request), name, role, password or generated or "", by=who.name
            )
        except AccountError as error:
            return await self._list(request, who, session, ERRORS[error.code], None, 400, form)
        return self._shown_once(request, who, session, added, generated, "added")

    async def change(self, request: Request) -> Response:
        admin = await self._admin(request)
        if isinstance(admin, Response):
            return admin
        who, session = admin
        staff_id = request.path_params["staff_id"]
        action = request.url.path.rsplit("/", 1)[1]
        form = await self.console._checked_form(request, session, f"staff-{action}:{staff_id}")
        if isinstance(form, Response):
            return form
        engine = _engine(request)
        try:
            if action == "password":
                target, password = await accounts.reset_password(engine, who, staff_id)
                return self._shown_once(request, who, session, target, password, "password")
            if action == "second-factor":
                target = await accounts.member(engine, staff_id)
                if target is None:
                    raise AccountError("missing", "no such member")
                await accounts.remove_second_factor(engine, target.name, by=who.name)
            else:
                await accounts.set_active(engine, who, staff_id, action == "enable")
        except AccountError as error:
            status = 404 if error.code == "missing" else 400
            return await self._list(request, who, session, ERRORS[error.code], None, status)
        done = {"disable": "disabled", "enable": "enabled"}.get(action, action)
        return RedirectResponse(f"/staff/accounts?done={done}", status_code=303)

    async def _admin(self, request: Request) -> tuple[StaffMember, Session] | Response:
        who, session = await self.console._who(request)
        if who is None or session is None:
            return RedirectResponse("/staff/login", status_code=303, headers={"cache-control": "no-store"})
        if not who.is_admin:
            return self.console._message(request, who, "管理者だけが使えます。", 403)
        return who, session

    async def _list(
        self,
        request: Request,
        who: StaffMember,
        session: Session,
        error: str | None,
        done: str | None,
        status: int,
        form: dict[str, str] | None = None,
    ) -> Response:
        tokens = self.console.tokens
        members = await accounts.all_staff(_engine(request))
        rows = [
            {
                "member": member,
                "csrf": {
                    action: tokens.csrf(session.nonce, f"staff-{action}:{member.id}") for action in ACTIONS
                },
            }
            for member in members
        ]
        context: dict[str, Any] = {
            "who": who,
            "rows": rows,
            "roles": [(role, ROLE_NAMES[role]) for role in ROLES],
            "error": error,
            "done": done,
            # What was typed comes back (never the password), so a typo costs one fix.
            "typed": {
                "name": (form or {}).get("name", "")[: MAX_NAME_CHARS * 2],
                "role": (form or {}).get("role"),
            },
            "add_csrf": tokens.csrf(session.nonce, "staff-add"),
            "logout_token": tokens.csrf(session.nonce, "logout"),
            "min_password": MIN_PASSWORD_CHARS,
            "max_name": MAX_NAME_CHARS,
        }
        return self.console._render(request, "staff/accounts.html", context, status)

    def _shown_once(
        self,
        request: Request,
        who: StaffMember,
        session: Session,
        target: StaffMember,
        password: str | None,
        what: str,
    ) -> Response:
        context = {
            "who": who,
            "target": target,
            "role_name": ROLE_NAMES.get(target.role, target.role),
            "password": password,
            "what": what,
            "logout_token": self.console.tokens.csrf(session.nonce, "logout"),
        }
        return self.console._render(request, "staff/account_done.html", context)


def _engine(request: Request) -> Any:
    return request.app.state.posts.engine
