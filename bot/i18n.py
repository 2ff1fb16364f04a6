"""What the bot says, in Spanish and English.

Texts are HTML (the bot sends with parse mode HTML): placeholders receive values that callers
have already escaped. `say(lang, key, **values)` picks the reader's language, Spanish when a key
has no English text.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("es", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # Onboarding
    "welcome": {
        "es": "👋 Hola, {name}. Soy el asistente de la <b>Conferencia Regional sobre "
        "Migración</b>: le digo qué plazos y eventos vienen según las conclusiones de las "
        "reuniones, y se los recuerdo a tiempo.",
        "en": "👋 Hello, {name}. I am the <b>Regional Conference on Migration</b> assistant: I "
        "tell you which deadlines and events are coming up according to the meetings' "
        "conclusions, and remind you of them on time.",
    },
    "welcome_group": {
        "es": "👋 Hola a todos. Soy el asistente de la <b>Conferencia Regional sobre Migración</b>."
        " En este grupo respondo a los comandos (/next, /tasks, /events…) y a los mensajes que "
        "me mencionan.",
        "en": "👋 Hello everyone. I am the <b>Regional Conference on Migration</b> assistant. In "
        "this group I answer commands (/next, /tasks, /events…) and messages that mention me.",
    },
    "ask_country": {
        "es": "¿De qué país es su delegación?",
        "en": "Which country is your delegation from?",
    },
    "country_observer": {"es": "Observador", "en": "Observer"},
    "country_other": {"es": "Otro", "en": "Other"},
    "country_set": {
        "es": "País: <b>{country}</b>. Zona horaria: {timezone}.",
        "en": "Country: <b>{country}</b>. Time zone: {timezone}.",
    },
    "country_none": {
        "es": "Sin país: verá los compromisos de todos los países.",
        "en": "No country: you will see the commitments of every country.",
    },
    "offer_subscribe": {
        "es": "¿Quiere recibir recordatorios de plazos y eventos (y un resumen semanal)?",
        "en": "Would you like reminders of deadlines and events (and a weekly digest)?",
    },
    "button_subscribe": {"es": "🔔 Sí, suscribirme", "en": "🔔 Yes, subscribe me"},
    "button_not_now": {"es": "Ahora no", "en": "Not now"},
    "subscribed": {
        "es": "🔔 Suscrito. Recibirá los recordatorios a las 09:00 ({timezone}). "
        "Cámbielo en /settings; /unsubscribe los detiene.",
        "en": "🔔 Subscribed. Reminders arrive at 09:00 ({timezone}). "
        "Change that in /settings; /unsubscribe stops them.",
    },
    "already_subscribed": {
        "es": "Ya está suscrito. Sus ajustes: /settings.",
        "en": "You are already subscribed. Your settings: /settings.",
    },
    "unsubscribed": {
        "es": "🔕 Listo: no recibirá más recordatorios. Puede seguir preguntando; /subscribe "
        "los reactiva.",
        "en": "🔕 Done: no more reminders. You can still ask questions; /subscribe turns them "
        "back on.",
    },
    "not_subscribed": {
        "es": "No estaba suscrito. /subscribe para recibir recordatorios.",
        "en": "You were not subscribed. /subscribe to get reminders.",
    },
    "not_now": {
        "es": "De acuerdo. Cuando quiera: /subscribe.",
        "en": "All right. Whenever you like: /subscribe.",
    },
    "try_asking": {
        "es": "Pruebe /next, /tasks, /events o escríbame una pregunta, por ejemplo: «{example}»",
        "en": "Try /next, /tasks, /events or type a question, for example: “{example}”",
    },
    "language_set": {
        "es": "Idioma: español.",
        "en": "Language: English.",
    },
    "choose_language": {"es": "Elija el idioma:", "en": "Choose the language:"},
    # Settings
    "settings_title": {"es": "<b>Ajustes</b>", "en": "<b>Settings</b>"},
    "settings_body": {
        "es": "País: {country}\nIdioma: {language}\nZona horaria: {timezone}\n"
        "Recordatorios: {reminders}\nAvisar con: {lead}\nResumen semanal: {digest}\n"
        "Redes y grupos que sigue: {topics}",
        "en": "Country: {country}\nLanguage: {language}\nTime zone: {timezone}\n"
        "Reminders: {reminders}\nLead times: {lead}\nWeekly digest: {digest}\n"
        "Networks and groups followed: {topics}",
    },
    "settings_no_country": {"es": "ninguno (todos)", "en": "none (all)"},
    "settings_on": {"es": "activados", "en": "on"},
    "settings_off": {"es": "desactivados", "en": "off"},
    "digest_on": {"es": "sí (lunes 09:00)", "en": "yes (Monday 09:00)"},
    "digest_off": {"es": "no", "en": "no"},
    "lead_default": {
        "es": "predeterminado (plazos 14, 7, 1 y 0 días; eventos 14, 3 y 1)",
        "en": "default (deadlines 14, 7, 1 and 0 days; events 14, 3 and 1)",
    },
    "lead_days": {"es": "{days} días antes", "en": "{days} days before"},
    "lead_same_day": {"es": "el mismo día", "en": "on the day"},
    "topics_none": {"es": "ninguno", "en": "none"},
    "button_country": {"es": "🌎 País", "en": "🌎 Country"},
    "button_language": {"es": "🗣 Idioma", "en": "🗣 Language"},
    "button_timezone": {"es": "🕘 Zona horaria", "en": "🕘 Time zone"},
    "button_lead": {"es": "⏰ Antelación", "en": "⏰ Lead times"},
    "button_digest_on": {"es": "📰 Resumen: sí", "en": "📰 Digest: on"},
    "button_digest_off": {"es": "📰 Resumen: no", "en": "📰 Digest: off"},
    "button_topics": {"es": "🧭 Redes y grupos", "en": "🧭 Networks and groups"},
    "button_reminders_on": {"es": "🔔 Recordatorios: sí", "en": "🔔 Reminders: on"},
    "button_reminders_off": {"es": "🔕 Recordatorios: no", "en": "🔕 Reminders: off"},
    "button_back": {"es": "⬅️ Volver", "en": "⬅️ Back"},
    "button_lead_default": {"es": "Predeterminado", "en": "Default"},
    "choose_timezone": {
        "es": "Elija la zona horaria, o escriba <code>/timezone Zona/Ciudad</code> "
        "(por ejemplo <code>/timezone America/Guatemala</code>).",
        "en": "Choose the time zone, or type <code>/timezone Area/City</code> "
        "(for example <code>/timezone America/Toronto</code>).",
    },
    "timezone_set": {"es": "Zona horaria: {timezone}.", "en": "Time zone: {timezone}."},
    "timezone_unknown": {
        "es": "No conozco la zona horaria «{timezone}». Use un nombre IANA como "
        "<code>America/Guatemala</code>.",
        "en": "I do not know the time zone “{timezone}”. Use an IANA name such as "
        "<code>America/Toronto</code>.",
    },
    "choose_lead": {
        "es": "¿Con cuántos días de antelación quiere los recordatorios? Toque para activar o "
        "desactivar.",
        "en": "How many days ahead do you want reminders? Tap to switch each on or off.",
    },
    "choose_topics": {
        "es": "Siga redes y grupos de trabajo además de su país: verá y recibirá lo que sus "
        "párrafos deciden.",
        "en": "Follow networks and working groups as well as your country: you will see and be "
        "reminded of what their paragraphs decide.",
    },
    "no_topics": {
        "es": "Los documentos cargados aún no mencionan redes ni grupos de trabajo.",
        "en": "The documents loaded do not mention networks or working groups yet.",
    },
    "group_settings_admins": {
        "es": "En un grupo, solo los administradores del grupo cambian los ajustes.",
        "en": "In a group, only the group's administrators change the settings.",
    },
    # Questions
    "next_title": {"es": "<b>Lo próximo</b>{scope}", "en": "<b>Next</b>{scope}"},
    "upcoming_title": {
        "es": "<b>Próximos {days} días</b>{scope}",
        "en": "<b>Next {days} days</b>{scope}",
    },
    "period_title": {"es": "<b>{period}</b>{scope}", "en": "<b>{period}</b>{scope}"},
    "due_title": {
        "es": "<b>Plazos · {period}</b>{scope}",
        "en": "<b>Deadlines · {period}</b>{scope}",
    },
    "events_title": {"es": "<b>Eventos</b>{scope}", "en": "<b>Events</b>{scope}"},
    "events_period_title": {
        "es": "<b>Eventos · {period}</b>{scope}",
        "en": "<b>Events · {period}</b>{scope}",
    },
    "tasks_title": {
        "es": "<b>Pendiente de {country}</b> (lo vencido primero)",
        "en": "<b>Outstanding for {country}</b> (overdue first)",
    },
    "search_title": {"es": "<b>Búsqueda:</b> {words}", "en": "<b>Search:</b> {words}"},
    "scope_country": {"es": " · {country}", "en": " · {country}"},
    "page_more": {"es": "Página {page}", "en": "Page {page}"},
    "nothing": {
        "es": "Nada publicado para este período.",
        "en": "Nothing published for this period.",
    },
    "nothing_tasks": {
        "es": "{country} no tiene nada pendiente. 🎉",
        "en": "{country} has nothing outstanding. 🎉",
    },
    "nothing_found": {
        "es": "No encontré nada con «{words}».",
        "en": "Nothing found for “{words}”.",
    },
    "search_usage": {
        "es": "Escriba lo que busca: <code>/search pasaporte</code>",
        "en": "Type what you are looking for: <code>/search passport</code>",
    },
    "tasks_need_country": {
        "es": "¿De qué país? Elija uno con /settings, o pregunte «¿qué tiene pendiente "
        "Guatemala?».",
        "en": "Which country? Pick one in /settings, or ask “what does Guatemala still owe?”.",
    },
    "period_not_understood": {
        "es": "No entendí el período «{text}». Pruebe: <code>/upcoming julio</code>, "
        "<code>/upcoming próxima semana</code>, <code>/upcoming 60</code>.",
        "en": "I did not understand the period “{text}”. Try: <code>/upcoming July</code>, "
        "<code>/upcoming next week</code>, <code>/upcoming 60</code>.",
    },
    "days_out_of_range": {
        "es": "Indique entre 1 y 730 días.",
        "en": "Give between 1 and 730 days.",
    },
    "button_previous": {"es": "◀️ Anterior", "en": "◀️ Previous"},
    "button_next": {"es": "Siguiente ▶️", "en": "Next ▶️"},
    "button_open": {"es": "Ver {n}", "en": "Open {n}"},
    "stale_button": {
        "es": "Este botón ya no es válido. Vuelva a preguntar.",
        "en": "This button is no longer valid. Please ask again.",
    },
    "item_gone": {
        "es": "Este compromiso ya no está publicado.",
        "en": "This item is no longer published.",
    },
    # Items
    "kind_deadline": {"es": "Plazo", "en": "Deadline"},
    "kind_event": {"es": "Evento", "en": "Event"},
    "kind_task": {"es": "Tarea", "en": "Task"},
    "today": {"es": "hoy", "en": "today"},
    "tomorrow": {"es": "mañana", "en": "tomorrow"},
    "in_days": {"es": "faltan {n} días", "en": "in {n} days"},
    "overdue_days": {"es": "vencido hace {n} días", "en": "overdue by {n} days"},
    "in_span": {"es": "en {span}", "en": "in {span}"},
    "overdue_span": {"es": "vencido hace {span}", "en": "overdue by {span}"},
    "overdue_one": {"es": "vencido ayer", "en": "overdue since yesterday"},
    "ongoing": {"es": "en curso", "en": "ongoing"},
    "approximate": {"es": "fecha aproximada", "en": "approximate date"},
    # A recurring duty: how often, and its next due date.
    "every_1_week": {"es": "semanal", "en": "every week"},
    "every_n_weeks": {"es": "cada {n} semanas", "en": "every {n} weeks"},
    "every_1_month": {"es": "mensual", "en": "every month"},
    "every_3_months": {"es": "trimestral", "en": "every 3 months"},
    "every_6_months": {"es": "semestral", "en": "every 6 months"},
    "every_n_months": {"es": "cada {n} meses", "en": "every {n} months"},
    "every_1_year": {"es": "anual", "en": "every year"},
    "every_n_years": {"es": "cada {n} años", "en": "every {n} years"},
    "next_due": {"es": "próximo vencimiento: {day}", "en": "next due: {day}"},
    "series_over": {"es": "sin más vencimientos", "en": "no more due dates"},
    "occurrence_due": {"es": "período con vencimiento {day}", "en": "period due {day}"},
    # A focal point's answer card: which period of a recurring duty "sent" marks.
    "occurrence_period": {
        "es": "{every} — período con vencimiento {day}",
        "en": "{every} — period due {day}",
    },
    "no_date": {"es": "sin fecha", "en": "no date"},
    "until": {"es": "hasta {anchor}", "en": "by {anchor}"},
    "who": {"es": "Quién", "en": "Who"},
    "where": {"es": "Dónde", "en": "Where"},
    "source": {"es": "Fuente", "en": "Source"},
    "paragraph": {"es": "párr. {ref}", "en": "para. {ref}"},
    "confirm_asked": {
        "es": "Se pide confirmar la participación.",
        "en": "Participation must be confirmed.",
    },
    "draft": {"es": "borrador", "en": "draft"},
    "other_language": {"es": "solo en inglés", "en": "Spanish only"},
    # Reminders
    "reminder_head": {
        "es": "🔔 <b>Recordatorio</b>",
        "en": "🔔 <b>Reminder</b>",
    },
    "reminder_late": {
        "es": "🔔 <b>Recordatorio</b> (con retraso: el bot estuvo detenido)",
        "en": "🔔 <b>Reminder</b> (late: the bot was down)",
    },
    "snoozed_head": {"es": "⏰ <b>Recordatorio pospuesto</b>", "en": "⏰ <b>Snoozed reminder</b>"},
    "confirm_head": {
        "es": "✅ <b>Falta confirmar la participación</b> de {countries}",
        "en": "✅ <b>Participation not yet confirmed</b> by {countries}",
    },
    "overdue_head": {
        "es": "⚠️ <b>Plazo vencido</b> sin marcar como enviado por {countries}",
        "en": "⚠️ <b>Deadline passed</b> and not marked sent by {countries}",
    },
    "digest_head": {
        "es": "📰 <b>Resumen semanal</b> · próximos 30 días{scope}",
        "en": "📰 <b>Weekly digest</b> · next 30 days{scope}",
    },
    "digest_open": {
        "es": "<b>Pendiente de {country}</b>",
        "en": "<b>Outstanding for {country}</b>",
    },
    "digest_empty": {
        "es": "Nada en los próximos 30 días.",
        "en": "Nothing in the next 30 days.",
    },
    "button_snooze": {"es": "⏰ Mañana", "en": "⏰ Tomorrow"},
    "button_stop_item": {"es": "🔕 No recordar más", "en": "🔕 Stop these"},
    "button_open_item": {"es": "📄 Ver", "en": "📄 Open"},
    "snoozed": {
        "es": "Se lo recuerdo mañana a las 09:00.",
        "en": "I will remind you tomorrow at 09:00.",
    },
    "stopped_item": {
        "es": "No le recordaré más este compromiso.",
        "en": "No more reminders of this item.",
    },
    # Help and fallbacks
    "help": {
        "es": "<b>Lo que puedo responder</b>\n"
        "/next — lo próximo para su país y lo que sigue\n"
        "/upcoming [período] — lo que viene (30 días, o «julio», «próxima semana»)\n"
        "/tasks — lo que su país aún debe, lo vencido primero\n"
        "/events — reuniones, talleres y seminarios próximos\n"
        "/search palabras — buscar en los compromisos\n"
        "/ics — su calendario (archivo y enlace de suscripción); /timeline — en una imagen\n"
        "/subscribe, /unsubscribe — recordatorios\n"
        "/settings — país, idioma, zona horaria, antelación, redes y grupos\n"
        "/lang — English / español\n"
        "/focal, /delegate — pedir ser punto focal o delegado verificado de un país\n"
        "/report, /status — puntos focales: confirmar, marcar enviado, ver el estado\n"
        "/review, /ingest, /history — la Secretaría: cargar, revisar y publicar\n\n"
        "También entiendo preguntas escritas, por ejemplo:\n{examples}",
        "en": "<b>What I can answer</b>\n"
        "/next — what is next for your country and what you follow\n"
        "/upcoming [period] — what is coming (30 days, or “July”, “next week”)\n"
        "/tasks — what your country still owes, overdue first\n"
        "/events — upcoming meetings, workshops and seminars\n"
        "/search words — search the commitments\n"
        "/ics — your calendar (a file and a subscription link); /timeline — as a picture\n"
        "/subscribe, /unsubscribe — reminders\n"
        "/settings — country, language, time zone, lead times, networks and groups\n"
        "/lang — English / español\n"
        "/focal, /delegate — ask to be a country's focal point or verified delegate\n"
        "/report, /status — focal points: confirm, mark sent, see where things stand\n"
        "/review, /ingest, /history — the Secretariat: load, review and publish\n\n"
        "I also understand typed questions, for example:\n{examples}",
    },
    "not_understood": {
        "es": "No entendí la pregunta. {help}",
        "en": "I did not understand the question. {help}",
    },
    "unknown_command": {
        "es": "No conozco ese comando.",
        "en": "I do not know that command.",
    },
    "too_long": {
        "es": "El mensaje es demasiado largo para una pregunta.",
        "en": "That message is too long for a question.",
    },
    # Abuse control (bot/guard.py): told once, then ignored for {wait}.
    "text_too_long": {
        "es": "📏 Su mensaje es demasiado largo ({n} caracteres): leo hasta {max}. "
        "Escríbalo más corto, por favor.",
        "en": "📏 Your message is too long ({n} characters): I read up to {max}. "
        "Please make it shorter.",
    },
    "slow_down": {
        "es": "✋ Demasiados mensajes seguidos. No responderé a los suyos durante {wait}; "
        "después, todo vuelve a la normalidad.",
        "en": "✋ Too many messages in a row. I will not answer yours for {wait}; "
        "after that, everything is back to normal.",
    },
    "slow_down_member": {
        "es": "✋ {name}, demasiados mensajes seguidos: no responderé a los suyos durante {wait}.",
        "en": "✋ {name}, too many messages in a row: I will not answer yours for {wait}.",
    },
    "slow_down_group": {
        "es": "✋ Este grupo me envía demasiados mensajes seguidos: no responderé aquí durante "
        "{wait}.",
        "en": "✋ This group is sending me too many messages in a row: I will not answer here "
        "for {wait}.",
    },
    "wait_seconds": {"es": "{n} segundos", "en": "{n} seconds"},
    "wait_minute": {"es": "un minuto", "en": "a minute"},
    "wait_minutes": {"es": "{n} minutos", "en": "{n} minutes"},
    "error": {
        "es": "Algo falló de mi lado y no se guardó nada. Inténtelo de nuevo en un momento.",
        "en": "Something went wrong on my side and nothing was saved. Please try again shortly.",
    },
    "documents_admins_only": {
        "es": "Gracias. Solo la Secretaría Técnica puede cargar documentos; no guardé nada.",
        "en": "Thank you. Only the Technical Secretariat can load documents; nothing was stored.",
    },
    # Roles, focal points and review
    "not_allowed": {
        "es": "No tiene permiso para esto; no cambié nada.",
        "en": "You are not allowed to do this; nothing was changed.",
    },
    "admins_only": {
        "es": "Solo la Secretaría Técnica puede hacer esto; no cambié nada.",
        "en": "Only the Technical Secretariat can do this; nothing was changed.",
    },
    "focal_only": {
        "es": "Solo los puntos focales y la Secretaría Técnica pueden hacer esto.",
        "en": "Only focal points and the Technical Secretariat can do this.",
    },
    "private_only": {
        "es": "Hágalo en un chat privado conmigo.",
        "en": "Please do this in a private chat with me.",
    },
    "admin_usage": {
        "es": "Uso: <code>/admin ID_DE_USUARIO</code>",
        "en": "Usage: <code>/admin USER_ID</code>",
    },
    "admin_added": {
        "es": "El usuario <code>{user}</code> ahora administra el bot.",
        "en": "User <code>{user}</code> now administers the bot.",
    },
    "admin_already": {
        "es": "El usuario <code>{user}</code> ya administraba el bot.",
        "en": "User <code>{user}</code> already administered the bot.",
    },
    "revoke_usage": {
        "es": "Uso: <code>/revoke ID_DE_USUARIO ROL [PAÍS]</code>, con ROL admin, focal o "
        "delegado (p. ej. <code>/revoke 123456 focal Guatemala</code>). Sin país si es admin, o "
        "si tiene el rol en un solo país.",
        "en": "Usage: <code>/revoke USER_ID ROLE [COUNTRY]</code>, with ROLE admin, focal or "
        "delegate (e.g. <code>/revoke 123456 focal Guatemala</code>). No country for admin, or "
        "when the user holds the role for one country only.",
    },
    "role_admin": {"es": "administrador del bot", "en": "an admin of the bot"},
    "role_focal_point": {
        "es": "punto focal de {country}",
        "en": "the focal point of {country}",
    },
    "role_delegate": {
        "es": "delegado verificado de {country}",
        "en": "a verified delegate of {country}",
    },
    "revoked": {
        "es": "Listo: <code>{user}</code> ya no es {role}. Queda en el historial.",
        "en": "Done: <code>{user}</code> is no longer {role}. It is in the history.",
    },
    "revoke_not_held": {
        "es": "<code>{user}</code> no es {role}; no cambié nada.",
        "en": "<code>{user}</code> is not {role}; nothing was changed.",
    },
    "revoke_held_nowhere": {
        "es": "<code>{user}</code> no tiene ese rol en ningún país; no cambié nada.",
        "en": "<code>{user}</code> holds that role for no country; nothing was changed.",
    },
    "revoke_choose": {
        "es": "<code>{user}</code> tiene ese rol en varios países. ¿En cuál se lo retiro?",
        "en": "<code>{user}</code> holds that role for several countries. Which one should I "
        "remove?",
    },
    "revoke_last_admin": {
        "es": "<code>{user}</code> es el único administrador: sin él nadie podría asignar roles. "
        "Agregue antes otro con <code>/admin ID_DE_USUARIO</code>. No cambié nada.",
        "en": "<code>{user}</code> is the only admin: without them nobody could grant roles. "
        "Add another one first with <code>/admin USER_ID</code>. Nothing was changed.",
    },
    "revoke_env_admin": {
        "es": "⚠️ <code>{user}</code> está en CRMBOT_ADMIN_IDS: el bot vuelve a hacer "
        "administradores a esos ids cada vez que arranca. Quítelo también de ese ajuste.",
        "en": "⚠️ <code>{user}</code> is in CRMBOT_ADMIN_IDS: the bot makes those ids admins "
        "again every time it starts. Remove it from that setting too.",
    },
    "your_role_revoked": {
        "es": "Ya no es {role}. Si cree que es un error, escriba a la Secretaría Técnica.",
        "en": "You are no longer {role}. If you think this is a mistake, please write to the "
        "Technical Secretariat.",
    },
    "focal_title": {"es": "<b>Puntos focales</b>", "en": "<b>Focal points</b>"},
    "focal_none": {"es": "Ninguno todavía.", "en": "None yet."},
    "requests_pending": {
        "es": "Solicitudes pendientes: {n}.",
        "en": "Pending requests: {n}.",
    },
    "focal_usage": {
        "es": "Para ser punto focal de su país: <code>/focal Guatemala</code>. Para ser delegado "
        "verificado: <code>/delegate Guatemala</code>.",
        "en": "To be your country's focal point: <code>/focal Guatemala</code>. To be a verified "
        "delegate: <code>/delegate Guatemala</code>.",
    },
    "focal_usage_admin": {
        "es": "Asignar: <code>/focal ID_DE_USUARIO País</code> (p. ej. <code>/focal 123456 "
        "Guatemala</code>). Administradores: <code>/admin ID_DE_USUARIO</code>. Retirar un rol: "
        "<code>/revoke ID_DE_USUARIO ROL [PAÍS]</code>.",
        "en": "Assign: <code>/focal USER_ID Country</code> (e.g. <code>/focal 123456 "
        "Guatemala</code>). Admins: <code>/admin USER_ID</code>. Remove a role: "
        "<code>/revoke USER_ID ROLE [COUNTRY]</code>.",
    },
    "focal_assigned": {
        "es": "El usuario <code>{user}</code> es ahora punto focal de {country}.",
        "en": "User <code>{user}</code> is now the focal point of {country}.",
    },
    "focal_already_assigned": {
        "es": "El usuario <code>{user}</code> ya era punto focal de {country}.",
        "en": "User <code>{user}</code> already was the focal point of {country}.",
    },
    "focal_point_request_usage": {
        "es": "¿De qué país miembro? Por ejemplo: <code>/focal Guatemala</code>",
        "en": "Of which member country? For example: <code>/focal Guatemala</code>",
    },
    "delegate_request_usage": {
        "es": "¿De qué país miembro? Por ejemplo: <code>/delegate Guatemala</code>",
        "en": "Of which member country? For example: <code>/delegate Guatemala</code>",
    },
    "focal_point_already": {
        "es": "Ya es punto focal de {country}.",
        "en": "You already are the focal point of {country}.",
    },
    "delegate_already": {
        "es": "Ya es delegado verificado de {country}.",
        "en": "You already are a verified delegate of {country}.",
    },
    "request_filed": {
        "es": "Solicitud enviada ({country}). Le avisaré cuando se decida.",
        "en": "Request sent ({country}). I will tell you when it is decided.",
    },
    "focal_point_request": {
        "es": "{name} (<code>{user}</code>) pide ser punto focal de {country}.",
        "en": "{name} (<code>{user}</code>) asks to be the focal point of {country}.",
    },
    "delegate_request": {
        "es": "{name} (<code>{user}</code>) pide ser delegado verificado de {country}.",
        "en": "{name} (<code>{user}</code>) asks to be a verified delegate of {country}.",
    },
    "button_approve": {"es": "✅ Aprobar", "en": "✅ Approve"},
    "button_refuse": {"es": "✖️ Rechazar", "en": "✖️ Refuse"},
    "already_decided": {
        "es": "Esta solicitud ya fue decidida; no cambié nada.",
        "en": "This request was already decided; nothing was changed.",
    },
    "request_approved": {
        "es": "✅ Aprobado: <code>{user}</code> · {country}.",
        "en": "✅ Approved: <code>{user}</code> · {country}.",
    },
    "request_refused": {
        "es": "✖️ Rechazado: <code>{user}</code> · {country}.",
        "en": "✖️ Refused: <code>{user}</code> · {country}.",
    },
    "focal_point_granted": {
        "es": "Ahora es punto focal de {country}. /report muestra lo que su país debe responder.",
        "en": "You are now the focal point of {country}. /report shows what your country must "
        "answer.",
    },
    "delegate_granted": {
        "es": "Ahora es delegado verificado de {country}: verá también lo reservado a los países "
        "miembros.",
        "en": "You are now a verified delegate of {country}: you will also see what is reserved "
        "for member countries.",
    },
    "your_request_refused": {
        "es": "Su solicitud ({country}) no fue aprobada.",
        "en": "Your request ({country}) was not approved.",
    },
    "report_title": {
        "es": "<b>{country}</b>: {n} asuntos por responder o informar.",
        "en": "<b>{country}</b>: {n} items to answer or report on.",
    },
    "answer_confirmed": {"es": "✅ participación confirmada", "en": "✅ participation confirmed"},
    "answer_declined": {"es": "❌ no participará", "en": "❌ will not take part"},
    "answer_none": {"es": "sin respuesta", "en": "no answer"},
    "answer_done": {"es": "📤 enviado", "en": "📤 sent"},
    "answer_not_sent": {"es": "aún no enviado", "en": "not sent yet"},
    "button_confirm": {"es": "✅ Confirmar", "en": "✅ Confirm"},
    "button_decline": {"es": "❌ No participaremos", "en": "❌ Decline"},
    "button_send": {"es": "📤 Enviado", "en": "📤 Sent"},
    "button_unsend": {"es": "↩️ Deshacer", "en": "↩️ Undo"},
    "answered_confirm": {"es": "Confirmado.", "en": "Confirmed."},
    "answered_decline": {"es": "Registrado: no participarán.", "en": "Recorded: declined."},
    "answered_send": {"es": "Registrado como enviado.", "en": "Recorded as sent."},
    "answered_unsend": {"es": "Deshecho.", "en": "Undone."},
    "answer_changed": {
        "es": "La respuesta cambió desde que vio este botón; no cambié nada. Vuelva a /report.",
        "en": "The answer changed since this button was shown; nothing was changed. See /report "
        "again.",
    },
    "status_usage": {
        "es": "Uso: <code>/status NÚMERO</code> (el número del asunto, p. ej. #12).",
        "en": "Usage: <code>/status NUMBER</code> (the item's number, e.g. #12).",
    },
    "item_unknown": {
        "es": "No hay ningún asunto publicado con el número {item}.",
        "en": "There is no published item number {item}.",
    },
    "status_title": {
        "es": "<b>Estado del asunto #{item}</b>",
        "en": "<b>Status of item #{item}</b>",
    },
    "rollup_confirmed": {"es": "✅ Confirmaron ({n})", "en": "✅ Confirmed ({n})"},
    "rollup_declined": {"es": "❌ No participarán ({n})", "en": "❌ Declined ({n})"},
    "rollup_no_answer": {"es": "⏳ Sin respuesta ({n})", "en": "⏳ No answer ({n})"},
    "rollup_sent": {"es": "📤 Enviaron ({n})", "en": "📤 Sent ({n})"},
    "rollup_not_sent": {"es": "⏳ Aún no ({n})", "en": "⏳ Not yet ({n})"},
    "rollup_nobody": {
        "es": "Este asunto no pide respuesta a ningún país miembro.",
        "en": "This item asks no member country for an answer.",
    },
    "overview_title": {
        "es": "<b>Asuntos abiertos</b> (lo vencido primero)",
        "en": "<b>Open items</b> (overdue first)",
    },
    "overview_empty": {"es": "Nada pendiente de respuesta.", "en": "Nothing awaits an answer."},
    "tally_event": {
        "es": "✅ {yes} · ❌ {no} · ⏳ {none}",
        "en": "✅ {yes} · ❌ {no} · ⏳ {none}",
    },
    "tally_deadline": {"es": "📤 {sent} · ⏳ {none}", "en": "📤 {sent} · ⏳ {none}"},
    "overview_hint": {
        "es": "Detalle por país: <code>/status NÚMERO</code>; cambios: "
        "<code>/history NÚMERO</code>.",
        "en": "Per country: <code>/status NUMBER</code>; changes: <code>/history NUMBER</code>.",
    },
    "history_usage": {
        "es": "Uso: <code>/history NÚMERO</code>",
        "en": "Usage: <code>/history NUMBER</code>",
    },
    "history_title": {
        "es": "<b>Historial del asunto #{item}</b>",
        "en": "<b>History of item #{item}</b>",
    },
    "history_empty": {"es": "Sin cambios registrados.", "en": "No recorded changes."},
    "history_confirmed": {"es": "confirmó", "en": "confirmed"},
    "history_declined": {"es": "declinó", "en": "declined"},
    "history_sent": {"es": "marcó enviado", "en": "marked sent"},
    "history_unsent": {"es": "deshizo el envío", "en": "undid sent"},
    "history_published": {"es": "publicó", "en": "published"},
    "history_rejected": {"es": "rechazó", "en": "rejected"},
    "history_date_changed": {"es": "cambió la fecha", "en": "changed the date"},
    "history_who_changed": {"es": "cambió quién", "en": "changed who"},
    "history_members_only": {"es": "reservó a miembros", "en": "made members-only"},
    "history_public": {"es": "hizo público", "en": "made public"},
    "history_ingested": {"es": "cargó", "en": "loaded"},
    "history_role_granted": {"es": "otorgó un rol", "en": "granted a role"},
    "history_role_revoked": {"es": "retiró un rol", "en": "removed a role"},
    "history_role_requested": {"es": "pidió un rol", "en": "asked for a role"},
    "history_request_refused": {"es": "rechazó una solicitud", "en": "refused a request"},
    "upload_type": {
        "es": "No puedo leer «{name}»: envíe .docx, .pdf, .txt, .md o .html.",
        "en": "I cannot read “{name}”: send .docx, .pdf, .txt, .md or .html.",
    },
    "upload_too_large": {
        "es": "El archivo es demasiado grande (el límite es {mb}); no lo descargué.",
        "en": "The file is too large (the limit is {mb}); I did not download it.",
    },
    "upload_no_size": {
        "es": "Telegram no indicó el tamaño del archivo, así que no lo descargué (el límite es"
        " {mb}). Envíelo de nuevo como documento.",
        "en": "Telegram did not give the file's size, so I did not download it (the limit is"
        " {mb}). Please send it again as a document.",
    },
    "upload_failed": {
        "es": "No pude cargar el documento: {reason}. No se guardó nada.",
        "en": "I could not load the document: {reason}. Nothing was stored.",
    },
    "ingest_usage": {
        "es": "Uso: <code>/ingest https://…</code>",
        "en": "Usage: <code>/ingest https://…</code>",
    },
    "loaded_new": {
        "es": "📥 <b>{source}</b> · {meeting}: cargado como borrador.",
        "en": "📥 <b>{source}</b> · {meeting}: loaded as drafts.",
    },
    "loaded_revised": {
        "es": "📥 <b>{source}</b> · {meeting}: nueva versión de un documento ya cargado.",
        "en": "📥 <b>{source}</b> · {meeting}: a new version of a document already loaded.",
    },
    "loaded_unchanged": {
        "es": "📥 <b>{source}</b> · {meeting}: ya estaba cargado, sin cambios.",
        "en": "📥 <b>{source}</b> · {meeting}: already loaded, nothing changed.",
    },
    "loaded_counts": {
        "es": "Encontré {dated} plazos y eventos con fecha y {tasks} tareas sin fecha.",
        "en": "I found {dated} dated deadlines and events and {tasks} undated tasks.",
    },
    "loaded_revision": {
        "es": "Añadidos: {added} · cambiados: {changed} · retirados: {withdrawn}",
        "en": "Added: {added} · changed: {changed} · withdrawn: {withdrawn}",
    },
    "loaded_drafts": {
        "es": "Borradores por revisar: {n}. Nada se muestra a los delegados hasta publicarlo.",
        "en": "Drafts to review: {n}. Delegates see nothing until it is published.",
    },
    "members_only_on": {
        "es": "🔒 Solo para países miembros.",
        "en": "🔒 Member countries only.",
    },
    "members_only_set": {
        "es": "🔒 Los asuntos de este documento son ahora solo para países miembros.",
        "en": "🔒 This document's items are now for member countries only.",
    },
    "members_only_unset": {
        "es": "🔓 Los asuntos de este documento son ahora públicos.",
        "en": "🔓 This document's items are now public.",
    },
    "button_review": {"es": "🔎 Revisar", "en": "🔎 Review"},
    "button_publish_all": {"es": "✅ Publicar todo", "en": "✅ Publish all"},
    "button_members_only": {"es": "🔒 Solo miembros", "en": "🔒 Members only"},
    "button_make_public": {"es": "🔓 Hacer público", "en": "🔓 Make public"},
    "button_publish": {"es": "✅ Publicar", "en": "✅ Publish"},
    "button_reject": {"es": "🗑 Rechazar", "en": "🗑 Reject"},
    "button_change_date": {"es": "📅 Fecha", "en": "📅 Date"},
    "button_change_who": {"es": "👥 Quién", "en": "👥 Who"},
    "button_skip": {"es": "⏭ Siguiente", "en": "⏭ Next"},
    "button_publish_document": {
        "es": "✅ Publicar todo el documento ({n})",
        "en": "✅ Publish the whole document ({n})",
    },
    "button_save": {"es": "💾 Guardar", "en": "💾 Save"},
    "button_cancel": {"es": "Cancelar", "en": "Cancel"},
    "review_title": {
        "es": "<b>Revisión · #{item}</b> ({left} borradores)",
        "en": "<b>Review · #{item}</b> ({left} drafts)",
    },
    "review_done": {
        "es": "No quedan borradores por revisar. ✨",
        "en": "No drafts left to review. ✨",
    },
    "already_reviewed": {
        "es": "Este asunto ya no es un borrador; no cambié nada.",
        "en": "This item is no longer a draft; nothing was changed.",
    },
    "nothing_to_publish": {
        "es": "Este documento no tiene borradores; no cambié nada.",
        "en": "This document has no drafts; nothing was changed.",
    },
    "review_published": {"es": "✅ #{item} publicado.", "en": "✅ #{item} published."},
    "review_rejected": {"es": "🗑 #{item} rechazado.", "en": "🗑 #{item} rejected."},
    "review_date_saved": {"es": "📅 Fecha de #{item} guardada.", "en": "📅 Date of #{item} saved."},
    "review_who_saved": {"es": "👥 Quién de #{item} guardado.", "en": "👥 Who of #{item} saved."},
    "review_published_all": {"es": "✅ {n} asuntos publicados.", "en": "✅ {n} items published."},
    "prompt_date": {
        "es": "Escriba la nueva fecha de #{item} (p. ej. «20 de julio de 2017», «del 3 al 5 de "
        "agosto»):",
        "en": "Type the new date of #{item} (e.g. “July 20, 2017”, “August 3 to 5”):",
    },
    "prompt_who": {
        "es": "Escriba quién debe cumplir #{item}, separado por comas (p. ej. «Guatemala, "
        "Honduras»):",
        "en": "Type who must act on #{item}, separated by commas (e.g. “Guatemala, Honduras”):",
    },
    "date_not_understood": {
        "es": "No entendí la fecha «{text}». Responda de nuevo al mensaje anterior.",
        "en": "I did not understand the date “{text}”. Reply to the message above again.",
    },
    "date_confirm": {
        "es": "Nueva fecha de #{item}: <b>{date}</b>. ¿Guardar?",
        "en": "New date of #{item}: <b>{date}</b>. Save?",
    },
    "who_unknown": {
        "es": "No conozco: {names}. Use nombres de países u organismos.",
        "en": "I do not know: {names}. Use names of countries or organizations.",
    },
    "published_notice": {
        "es": "🆕 <b>Publicado</b>: {n} asuntos que le conciernen.",
        "en": "🆕 <b>Published</b>: {n} items that concern you.",
    },
    "published_notice_more": {
        "es": "Más en /next y /tasks.",
        "en": "More with /next and /tasks.",
    },
    # Calendars: .ics files, feeds, "add to calendar" links and the timeline picture.
    "cal_when": {"es": "Fecha", "en": "Date"},
    "cal_who": {"es": "Quién", "en": "Who"},
    "cal_where": {"es": "Dónde", "en": "Where"},
    "cal_source": {"es": "Fuente", "en": "Source"},
    "cal_cancelled": {"es": "retirado", "en": "withdrawn"},
    "cal_withdrawn": {
        "es": "Este asunto fue retirado del documento: ya no está vigente.",
        "en": "This item was withdrawn from the document: it no longer stands.",
    },
    "cal_name": {"es": "CRM: compromisos", "en": "RCM: commitments"},
    "cal_name_country": {"es": "CRM: {country}", "en": "RCM: {country}"},
    "cal_add": {"es": "Añadir a", "en": "Add to"},
    "ics_caption": {
        "es": "📅 {n} asuntos. Ábralo para importarlos en su calendario; al importarlo de nuevo "
        "se actualizan, sin duplicarse.",
        "en": "📅 {n} items. Open it to import them into your calendar; importing it again "
        "updates them instead of adding copies.",
    },
    "ics_links": {
        "es": "🔗 <b>Suscripción</b> (se mantiene al día):\n{webcal}\n{https}\n"
        "Es secreta: quien la tenga ve su calendario. /ics reset la anula.",
        "en": "🔗 <b>Subscription</b> (stays current):\n{webcal}\n{https}\n"
        "It is secret: whoever has it sees your calendar. /ics reset revokes it.",
    },
    "ics_reset": {
        "es": "🔒 Enlaces de calendario anulados ({n}). /ics da uno nuevo.",
        "en": "🔒 Calendar links revoked ({n}). /ics gives a new one.",
    },
    "ics_admins_only": {
        "es": "Solo la Secretaría puede pedir el calendario de un país.",
        "en": "Only the secretariat can ask for a country's calendar.",
    },
    "ics_usage": {
        "es": "Uso: /ics, /ics reset, o /ics country Panamá (Secretaría).",
        "en": "Usage: /ics, /ics reset, or /ics country Panama (secretariat).",
    },
    "ics_unknown_country": {
        "es": "No conozco ese país: «{text}».",
        "en": "I do not know that country: «{text}».",
    },
    "timeline_title": {
        "es": "CRM: próximos {months} meses{scope}",
        "en": "RCM: the next {months} months{scope}",
    },
    "timeline_caption": {
        "es": "🗓 Lo que viene: plazos (◆), eventos (barras), períodos aproximados (sombreados).",
        "en": "🗓 What is coming: deadlines (◆), events (bars), approximate periods (shaded).",
    },
    "timeline_today": {"es": "hoy", "en": "today"},
    "timeline_empty": {
        "es": "Nada en este período.",
        "en": "Nothing in this period.",
    },
}

COMMAND_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "next": {"es": "Lo próximo para su país", "en": "What is next for your country"},
    "upcoming": {"es": "Lo que viene (30 días o un período)", "en": "What is coming up"},
    "tasks": {"es": "Lo que su país aún debe", "en": "What your country still owes"},
    "events": {"es": "Reuniones, talleres y seminarios", "en": "Meetings, workshops, seminars"},
    "search": {"es": "Buscar en los compromisos", "en": "Search the commitments"},
    "ics": {"es": "Su calendario (.ics y enlace)", "en": "Your calendar (.ics and link)"},
    "timeline": {"es": "Los próximos meses en una imagen", "en": "The coming months at a glance"},
    "subscribe": {"es": "Recibir recordatorios", "en": "Get reminders"},
    "unsubscribe": {"es": "Dejar de recibir recordatorios", "en": "Stop reminders"},
    "settings": {"es": "País, idioma, zona horaria, redes", "en": "Country, language, time zone"},
    "lang": {"es": "English / español", "en": "English / español"},
    "help": {"es": "Qué puedo responder", "en": "What I can answer"},
    "start": {"es": "Empezar", "en": "Start"},
}


def say(lang: str, key: str, /, **values: Any) -> str:
    """Return message `key` in `lang` with `values` filled in (values must be HTML-safe)."""
    texts = MESSAGES[key]
    text = texts.get(lang) or texts["es"]
    return text.format(**values) if values else text


def language_of(code: str | None, default: str) -> str:
    """Map a Telegram language code ("es-419", "en-US", "pt") to one of the bot's languages."""
    if code:
        base = code.split("-")[0].lower()
        if base in LANGUAGES:
            return base
    return default
