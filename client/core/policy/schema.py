"""The admin policy schema: the single source of truth for every key an administrator can set
(its type, default and descriptions in English and French). Validation reads it here; the JSON
schema, ADMX/ADML templates and the docs table are generated from it (issue 7)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from client.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PolicyKey:
    name: str
    kind: str  # "bool" | "int" | "string" | "strings" | "choice"
    default: Any
    en: str
    fr: str
    choices: tuple[str, ...] = ()
    title_en: str = ""  # the short name Group Policy editors list
    title_fr: str = ""
    # A "string" that is an address: it must be empty or a URL with one of these schemes and a
    # host (and a port when `port` is true), checked when the policy loads — a typo must stop
    # Pli with the file and the setting named, not fail at the first connection.
    schemes: tuple[str, ...] = ()
    port: bool = False
    bare_host: bool = False  # a name alone is fine too (sign-in adds https://)


KEYS: tuple[PolicyKey, ...] = (
    PolicyKey(
        "default_homeserver",
        "string",
        "",
        "Homeserver address filled in at sign-in (for example https://matrix.example.gouv.fr).",
        "Adresse du serveur proposée à la connexion (par exemple https://matrix.exemple.gouv.fr).",
        title_en="Default homeserver",
        title_fr="Serveur par défaut",
        schemes=("https", "http"),
        bare_host=True,
    ),
    PolicyKey(
        "allowed_homeservers",
        "strings",
        [],
        "Homeserver names users may sign in to; others are refused. Empty: any.",
        "Noms des serveurs auxquels on peut se connecter ; les autres sont refusés. Vide : tous.",
        title_en="Allowed homeservers",
        title_fr="Serveurs autorisés",
    ),
    PolicyKey(
        "allowed_server_urls",
        "strings",
        [],
        "Addresses (https://…) of the allowed homeservers; sign-in goes to these only and "
        "the server field is locked. Empty, with allowed homeservers set: found over HTTPS "
        "from the allowed names only.",
        "Adresses (https://…) des serveurs autorisés ; la connexion ne va qu’à celles-ci et "
        "le champ du serveur est verrouillé. Vide, avec des serveurs autorisés : trouvées en "
        "HTTPS à partir des seuls noms autorisés.",
        title_en="Addresses of the allowed homeservers",
        title_fr="Adresses des serveurs autorisés",
    ),
    PolicyKey(
        "verified_devices_only",
        "bool",
        False,
        "Never send message keys to devices that are not verified.",
        "Ne jamais envoyer les clés des messages aux appareils non vérifiés.",
        title_en="Send message keys to verified devices only",
        title_fr="Clés des messages aux seuls appareils vérifiés",
    ),
    PolicyKey(
        "exclude_insecure_devices",
        "bool",
        True,
        "Matrix's recommended behaviour (spec v1.18, MSC4153): message keys only for devices "
        "their owner has cross-signed, messages from other devices marked, and sending stops "
        "when a verified contact's identity changes until the user decides.",
        "Comportement recommandé par Matrix (spec v1.18, MSC4153) : clés des messages aux "
        "seuls appareils signés par leur propriétaire, messages des autres appareils "
        "signalés, et envoi suspendu quand l’identité d’un contact vérifié change, jusqu’à "
        "ce que l’utilisateur décide.",
        title_en="Exclude insecure devices",
        title_fr="Exclure les appareils non sécurisés",
    ),
    PolicyKey(
        "allow_key_export",
        "bool",
        True,
        "Allow users to export their message keys to a file.",
        "Autoriser l’export des clés de messages dans un fichier.",
        title_en="Allow exporting message keys",
        title_fr="Autoriser l’export des clés de messages",
    ),
    PolicyKey(
        "allow_passphrase_store",
        "bool",
        False,
        "Allow a passphrase-protected key store when the system has no keyring.",
        "Autoriser un stockage des clés protégé par phrase secrète en l’absence de trousseau.",
        title_en="Allow a passphrase key store without a keyring",
        title_fr="Autoriser un stockage par phrase secrète sans trousseau",
    ),
    PolicyKey(
        "proxy",
        "string",
        "",
        "Proxy for all connections (http://host:port or socks5://host:port). Empty: none.",
        "Proxy pour toutes les connexions (http://hôte:port ou socks5://hôte:port). Vide : aucun.",
        title_en="Proxy",
        title_fr="Proxy",
        schemes=("http", "socks4", "socks5"),  # what aiohttp_socks speaks (no https://)
        port=True,
    ),
    PolicyKey(
        "hide_message_text_in_notifications",
        "bool",
        False,
        "Show only the sender in notifications, never the message text.",
        "N’afficher que l’expéditeur dans les notifications, jamais le texte du message.",
        title_en="Hide message text in notifications",
        title_fr="Masquer le texte des messages dans les notifications",
    ),
    PolicyKey(
        "max_upload_size_mb",
        "int",
        0,
        "Largest file users may send, in MB. 0: the server's limit.",
        "Taille maximale des fichiers envoyés, en Mo. 0 : la limite du serveur.",
        title_en="Largest file users may send (MB)",
        title_fr="Taille maximale des fichiers envoyés (Mo)",
    ),
    PolicyKey(
        "language",
        "choice",
        "",
        "Language of Pli (en or fr). Empty: the user's choice.",
        "Langue de Pli (en ou fr). Vide : le choix de l’utilisateur.",
        ("", "en", "fr"),
        title_en="Language",
        title_fr="Langue",
    ),
    PolicyKey(
        "log_level",
        "choice",
        "warning",
        "Detail of the log files: error, warning, info or debug.",
        "Niveau de détail des journaux : error, warning, info ou debug.",
        ("error", "warning", "info", "debug"),
        title_en="Log level",
        title_fr="Niveau de journalisation",
    ),
)
BY_NAME = {key.name: key for key in KEYS}

MANAGED = QT_TRANSLATE_NOOP("Policy", "Managed by your organisation")


def check(key: PolicyKey, value: object) -> Any:
    """The value if it fits the key's type; ValueError with the reason otherwise."""
    if key.kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):  # registry DWORDs
            return bool(value)
        raise ValueError(QT_TRANSLATE_NOOP("ErrorDetail", "must be true or false"))
    if key.kind == "int":
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        raise ValueError(QT_TRANSLATE_NOOP("ErrorDetail", "must be a whole number, 0 or more"))
    if key.kind == "string":
        if not isinstance(value, str):
            raise ValueError(QT_TRANSLATE_NOOP("ErrorDetail", "must be text"))
        if key.schemes and value:
            _check_address(key, value)
        return value
    if key.kind == "strings":
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return list(value)
        raise ValueError(QT_TRANSLATE_NOOP("ErrorDetail", "must be a list of texts"))
    if key.kind == "choice":
        if isinstance(value, str) and value in key.choices:
            return value
        # The choices are filled in when the sentence is shown (see ui.i18n.render).
        raise ValueError(QT_TRANSLATE_NOOP("ErrorDetail", "must be one of: {choices}"))
    raise ValueError(f"unknown kind {key.kind}")


def _check_address(key: PolicyKey, value: str) -> None:
    if key.bare_host and "://" not in value:
        value = f"{key.schemes[0]}://{value}"
    try:
        parts = urlsplit(value)
        port = parts.port  # ValueError when not a number in range
    except ValueError:
        parts, port = None, None
    if (
        parts is None
        or parts.scheme.lower() not in key.schemes
        or not parts.hostname
        or (key.port and port is None)
        or any(ch.isspace() for ch in value)
    ):
        # The schemes are filled in when the sentence is shown (see ui.i18n.render).
        if key.port:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "ErrorDetail", "must be an address like {example}://host:port ({choices})"
                )
            )
        raise ValueError(
            QT_TRANSLATE_NOOP("ErrorDetail", "must be an address like {example}://host ({choices})")
        )
