## General

error-internal = Lo siento, algo falló de nuestro lado al procesar tu mensaje. No se guardó ningún cambio. Inténtalo de nuevo en un momento; si se repite, avisa a tu punto de contacto.
message-unsupported = Por ahora solo entiendo textos, documentos y fotos. Escribe /ayuda para ver qué puedes hacer.
no-conversation = No tengo ninguna pregunta abierta contigo. Escribe /ayuda para ver lo que puedes hacer.
conversation-expired = La conversación anterior quedó sin respuesta mucho tiempo y la cerré. Empecemos de nuevo.
command-unknown = No conozco el comando { $command }. Escribe /ayuda para ver los comandos disponibles.
command-not-allowed = El comando /{ $command } no está disponible para tu rol. Escribe /ayuda para ver lo que puedes hacer.
cancelled = Listo, cancelé lo que estábamos haciendo. No se guardó nada de esa conversación.
nothing-to-cancel = No había nada que cancelar.
choice-stale = Esa opción ya no es válida. Escribe /ayuda para ver lo que puedes hacer ahora.
choice-invalid = No reconozco esa respuesta. Elige una de las opciones (puedes escribir su número):

## Start and help

start-guest =
    ¡Hola! Soy el asistente del modelo de Estado abierto para gobiernos locales del Ecuador.
    Si recibiste un código de invitación, envíamelo tal cual.
    Si eres autoridad (o hablas en nombre de) un gobierno local interesado en implementar el modelo, escribe /interes.
start-known = ¡Hola de nuevo, { $name }! Esto es lo que puedes hacer:
help-header = Estos son los comandos que puedes usar:
help-header-guest = Todavía no tienes un rol en el proceso. Para unirte, envíame el código de invitación que te dieron. Puedes usar:
help-in-conversation = Estás respondiendo a /{ $command }. Contesta la última pregunta, o escribe /cancelar para dejarlo.
help-footer = En cualquier momento: /ayuda muestra esta lista, /cancelar detiene lo que estemos haciendo, /idioma cambia el idioma.

## Invitations

invite-malformed = Eso no parece un código de invitación. Los códigos tienen 16 letras y números; cópialo tal como lo recibiste.
invite-unknown = No encontré ese código de invitación. Revisa que esté completo o pide uno nuevo a quien te invitó.
invite-used = Ese código de invitación ya fue usado. Cada código sirve una sola vez; pide uno nuevo a quien te invitó.
invite-expired = Ese código de invitación venció. Pide uno nuevo a quien te invitó.
invite-rate-limited = Hubo demasiados intentos con códigos que no funcionan. Por seguridad, espera una hora antes de intentarlo de nuevo.
invite-welcome =
    ¡Bienvenido/a! Ahora participas como { $role }{ $gremio ->
        [none] {""}
       *[other] { " " }({ $gremio })
    }.
    Escribe /ayuda para ver lo que puedes hacer.
invite-welcome-gad =
    ¡Bienvenido/a! Ahora participas como { $role } de { $gad }.
    Escribe /ayuda para ver lo que puedes hacer.
console-first-invite = Base de datos nueva: este es el código de invitación para el primer Punto de contacto (POC). Envíalo al bot (por ejemplo: @poc: { $code }).

## Documents

upload-receipt = Recibí «{ $name }» ({ $size }, huella { $hash }).
upload-receipt-unfiled = Recibí «{ $name }» ({ $size }, huella { $hash }). Lo guardé sin clasificar; para registrarlo como producto de una actividad usa /subir.
upload-refused-too-large = No puedo recibir «{ $name }»: supera el tamaño máximo de { $max }. Si puedes, envía una versión más liviana (por ejemplo un PDF comprimido).
upload-refused-type = No puedo recibir «{ $name }»: su contenido no es un documento admitido (PDF, Word, Excel, OpenDocument o foto JPG/PNG). No se guardó nada.
upload-refused-download = No pude descargar «{ $name }». Por favor envíalo de nuevo.
upload-needs-invite = Para guardar documentos necesitas un rol en el proceso. Envíame tu código de invitación primero.

## Language

cmd-language = cambiar el idioma (español / English)
language-ask = ¿En qué idioma prefieres que te escriba?
language-changed = Listo, te escribiré en español.
language-unknown = Ese idioma no está disponible. Puedo escribirte en español o en inglés.

## Channels

telegram-private-only = Solo trabajo en chats privados. Escríbeme directamente para continuar.
whatsapp-choose-number = Responde con el número de tu opción.

## Invites from the chat

cmd-invite = invitar a una persona a su rol en el proceso
invite-ask-role = ¿A quién quieres invitar?
invite-ask-gremio = ¿De qué gremio?
invite-created =
    Código de invitación para { $role }: { $code }
    Reenvíalo a la persona: debe enviarme ese código. Sirve una sola vez y vence en { $days } días.
invite-created-link =
    Código de invitación para { $role }: { $code }
    Reenvíalo a la persona: debe enviarme ese código, o abrir { $link } en Telegram. Sirve una sola vez y vence en { $days } días.
whatsapp-logged-out = WhatsApp cerró la sesión del bot: ya no recibo ni envío mensajes por WhatsApp. Para vincularlo de nuevo, reinicia el bot y escanea el código QR (o usa el código de vinculación) con el teléfono del número dedicado.

## Common choices

choice-confirm = Confirmar
choice-restart = Corregir (empezar de nuevo)
choice-cancel = Cancelar
choice-done = Terminar

## Choosing a local government

gad-ask = ¿Qué gobierno local?
gad-none = No encontré un gobierno local en el que puedas hacer esto ahora. Escribe /siguiente para ver lo que te toca.
gad-search-ask = Escribe parte del nombre del gobierno local (al menos 2 letras).
gad-search-none = No encontré ningún gobierno local con ese nombre en el que puedas hacer esto. Prueba con otra parte del nombre.
gad-level-ask = ¿Qué nivel de gobierno es?
gad-name-ask = ¿Cuál es el nombre del gobierno local? (por ejemplo: GAD Municipal de Cuenca)
gad-name-hint = El nombre debe tener entre 2 y 120 caracteres. Escríbelo de nuevo, por favor.
gad-province-ask = ¿En qué provincia está?
gad-canton-ask = ¿En qué cantón?
gad-canton-hint = El nombre del cantón debe tener entre 2 y 80 caracteres. Escríbelo de nuevo, por favor.

## Interest (route a)

cmd-interest = registrar el interés de un gobierno local en el modelo
interest-authority-ask = ¿Cuál es el nombre de la autoridad (alcalde/sa, prefecto/a o presidente/a del GAD)?
interest-authority-hint = Escribe el nombre completo de la autoridad (entre 2 y 120 caracteres).
interest-position-ask = ¿Cuál es su cargo?
interest-position-hint = Escribe el cargo (entre 2 y 80 caracteres), por ejemplo: Alcalde.
interest-contact-ask = ¿Un contacto? Escribe un correo electrónico o un número de teléfono.
interest-contact-hint = Eso no parece un correo ni un teléfono. Escribe, por ejemplo, nombre@gad.gob.ec o 0991234567.
interest-motivation-ask = En pocas palabras, ¿por qué quieren implementar el modelo de Estado abierto?
interest-motivation-hint = Escribe una motivación corta (entre 5 y 500 caracteres).
interest-summary =
    Revisa los datos antes de enviarlos:
    • Gobierno local: { $name } ({ $level })
    • Provincia: { $province } · Cantón: { $canton }
    • Autoridad: { $authority }, { $position }
    • Contacto: { $contact }
    • Motivación: { $motivation }
interest-summary-plain = { $name } ({ $level }), { $province } / { $canton }. Autoridad: { $authority }, { $position }. Contacto: { $contact }. Motivación: { $motivation }
interest-registered = ¡Gracias! Registré el interés de { $gad }. El Punto de contacto (POC), el Grupo Núcleo y { $gremio } ya fueron informados. Te avisaré aquí cuando el POC lo revise.
interest-duplicate = { $gad } ya está registrado en el proceso ({ $status }). No lo registré de nuevo; avisé al Punto de contacto.
interest-repeat-poc = Alguien volvió a expresar interés por { $gad }, que ya está registrado.
interest-notify =
    Nuevo interés en el modelo de Estado abierto: { $gad } (gremio: { $gremio }).
    { $summary }
    El POC lo revisa con /revisar.
interest-accepted = ¡Buenas noticias! El Punto de contacto aceptó a { $gad } en el proceso. Te envío el código de invitación para la autoridad.
interest-info-requested = El Punto de contacto necesita más información sobre { $gad }: «{ $question }». Escribe /interes para responder.
interest-declined = El Punto de contacto no aceptó por ahora a { $gad }. Motivo: «{ $reason }».
interest-answer-ask = El Punto de contacto preguntó sobre { $gad }: «{ $question }». Escribe tu respuesta.
interest-answer-hint = Escribe tu respuesta en un mensaje (al menos 2 caracteres).
interest-answer-sent = Gracias, envié tu respuesta sobre { $gad } al Punto de contacto.
interest-answer-closed = Esa consulta ya fue atendida. Escribe /interes si quieres registrar otro gobierno local.
interest-info-answered-poc = Respuesta sobre { $gad }: «{ $answer }». Revísalo con /revisar.

## POC review and prioritization (route b)

cmd-review = revisar el interés expresado por gobiernos locales
cmd-prioritize = registrar un gobierno local priorizado por el POC
review-none = No hay expresiones de interés pendientes de revisión.
review-ask-gad = ¿Qué expresión de interés quieres revisar?
review-ask-decision =
    { $gad } — { $province } / { $canton } (gremio: { $gremio })
    Autoridad: { $authority }, { $position } · Contacto: { $contact }
    Motivación: { $motivation }
    Respuesta a tu consulta: { $answer }
    ¿Qué decides?
review-accept = Aceptar
review-info = Pedir más información
review-decline = Declinar
review-ask-reason = Escribe el motivo o la pregunta; se lo enviaré a quien expresó el interés.
review-reason-hint = Escribe un texto de al menos 3 caracteres.
review-accepted = Aceptaste a { $gad }. Quien expresó el interés recibió el código para la autoridad; aquí lo tienes también:
review-info-sent = Envié tu pregunta sobre { $gad }.
review-declined = Registré que { $gad } no fue aceptado, y avisé a quien expresó el interés.
review-already-decided = Esa expresión de interés ya fue resuelta por otra persona. Escribe /revisar para ver las pendientes.
gad-accepted-notify = { $gad } fue aceptado en el proceso de Estado abierto por el Punto de contacto.
prioritize-summary =
    Vas a registrar como priorizado:
    • { $name } ({ $level }), { $province } / { $canton }
prioritize-done = Registré a { $gad } como priorizado (gremio: { $gremio }). Envía este código a su autoridad:
gad-prioritized-notify = El Punto de contacto priorizó a { $gad } para implementar el modelo de Estado abierto.

## Designations and uploads

cmd-designate = designar al POCL y a los delegados (o invitar al ente de monitoreo)
designate-ask-role = ¿A quién quieres designar?
cmd-upload = subir un documento (producto de una actividad)
upload-ask-product = ¿Qué documento vas a subir?
upload-send-file = Envíame ahora el archivo de «{ $product }» (actividad { $activity }) como documento o foto.
upload-expected-file = Estoy esperando un archivo. Envíalo como documento o foto, o escribe /cancelar.
upload-not-allowed = No puedes subir ese documento en este gobierno local.
upload-stored = Guardé «{ $name }» como «{ $product }», versión { $version } ({ $size }, huella { $hash }).
document-uploaded-notify = { $who } subió «{ $product }» de { $gad }.
cmd-documents = ver y descargar los documentos de un gobierno local
documents-ask = ¿Qué documento quieres? (actividad · documento · fecha · quién lo subió · huella)
documents-none = No encontré ese documento.
documents-sent = Aquí tienes «{ $name }».

## Progress: next steps, status, confirmation

cmd-next = qué me toca hacer ahora
cmd-status = el estado de las 15 actividades de un gobierno local
cmd-confirm = confirmar que una actividad está cumplida
next-gad-header = 📍 { $gad }
next-missing =
    { $activity } — falta:
    { $missing }
next-ready = { $activity } — lista: puedes confirmarla.
next-ready-other = { $activity } — lista para que la confirme: { $responsible }.
next-nothing = Nada pendiente para ti ahora. El proceso espera a: { $waiting }.
next-none = Todavía no tienes actividades en un gobierno local aceptado.
next-none-national = No hay actividades abiertas que te correspondan ahora. El POC revisa nuevos interesados con /revisar.
next-choose = ¿Qué quieres hacer?
next-upload = Subir «{ $product }» ({ $gad })
next-confirm = Confirmar actividad { $activity } ({ $gad })
status-header =
    { $gad } — { $status }
    { $lines }
status-done = cumplida el { $date } por { $who }
status-by-bot = el bot
status-open = abierta
status-blocked = aún no es posible
confirm-ask-activity = ¿Qué actividad quieres confirmar?
confirm-unknown-activity = Esa actividad no existe.
confirm-not-responsible = No puedes confirmar la actividad { $activity }: le corresponde a { $responsible }.
confirm-gad-not-accepted = { $gad } todavía no fue aceptado por el Punto de contacto.
confirm-already-done = La actividad { $activity } ya estaba cumplida.
confirm-missing =
    Todavía no se puede confirmar la actividad { $activity }. Falta:
    { $missing }
confirm-done = ¡Listo! Registré la actividad { $activity } como cumplida.
confirm-done-opened =
    ¡Listo! Registré la actividad { $activity } como cumplida. Ahora quedan abiertas:
    { $opened }
activity-done-notify = { $gad }: { $who } confirmó la actividad { $activity }.
activity-opened-notify = { $gad }: ya puede avanzar la actividad { $activity }, que te corresponde. Escribe /siguiente para ver qué falta.
missing-prerequisite = que se cumpla { $activity } (le corresponde a { $responsible })
missing-product = subir «{ $product }»
missing-designation = designar { $role } (/designar)
missing-foro-sector = una entidad de { $sector } con principal y suplente
missing-foro-principal = el principal de una entidad de { $sector }
missing-foro-suplente = el suplente de una entidad de { $sector }
missing-foro-office = designar la { $office } del Foro

## Foro Multiactor

cmd-foro = el Foro Multiactor: composición, actores, invitaciones y cargos
foro-composition =
    Foro Multiactor de { $gad }
    Entidades:
    { $entities }
    Cargos:
    { $offices }
    Según el Anexo 1 falta:
    { $gaps }
foro-no-entities = (todavía no hay entidades en el mapa de actores)
foro-complete = nada: la composición mínima está completa.
foro-entity-line = • { $entity } ({ $sector }): principal { $principal }, suplente { $suplente }
foro-office-line = • { $office }: { $holder }
foro-menu = ¿Qué quieres registrar?
foro-action-entity = Agregar una entidad al mapa de actores
foro-action-seat = Invitar al principal o suplente de una entidad
foro-action-office = Registrar un cargo del Foro
foro-entity-name-ask = ¿Cuál es el nombre de la entidad?
foro-entity-sector-ask = ¿A qué sector pertenece?
foro-entity-interest-ask = ¿Cuál es su interés o experiencia en Estado abierto?
foro-entity-added = Agregué a { $entity } al mapa de actores.
foro-seat-entity-ask = ¿De qué entidad?
foro-seat-ask = ¿Principal o suplente?
foro-office-ask = ¿Qué cargo designó el Foro?
foro-office-member-ask = ¿Quién lo ocupa?
foro-office-notify = Fuiste registrado/a como { $office } del Foro Multiactor de { $gad }.
foro-bye = Listo. Escribe /foro cuando quieras volver.
pocl-joined-notify = { $name } se unió como Punto de contacto local (POCL) de { $gad }.
