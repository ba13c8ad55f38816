"""The robot in ロボのへや: engines, the care wrap around them, and its HTTP routes.

``robot_routes()`` gives the Starlette routes (``POST /api/robot``, ``POST /robo``);
see docs/api.md "Robot".  ``RobotService`` is the care wrap; ``ListeningEngine``
the embedded engine; ``ChatCompletionsEngine`` the OpenAI-compatible adapter.
"""

from rooms.robot.care import RobotReply, RobotService, read_message
from rooms.robot.config import RobotConfig
from rooms.robot.listener import ListeningEngine
from rooms.robot.openai_compat import ChatCompletionsEngine
from rooms.robot.screen import screen_reply
from rooms.robot.types import Engine, EngineError, Line, Turn
from rooms.robot.web import build_service, robot_routes

__all__ = [
    "ChatCompletionsEngine",
    "Engine",
    "EngineError",
    "Line",
    "ListeningEngine",
    "RobotConfig",
    "RobotReply",
    "RobotService",
    "Turn",
    "build_service",
    "read_message",
    "robot_routes",
    "screen_reply",
]
