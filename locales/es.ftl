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
