<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="+19"/>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone new at this till. Their PIN is stored as a salted hash only.</source>
        <translation>Alguien nuevo en esta caja. Su PIN solo se guarda como hash con sal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their P&amp;IN</source>
        <translation>Su P&amp;IN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approving &amp;manager</source>
        <translation>&amp;Encargado que aprueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager&apos;s PI&amp;N</source>
        <translation>PI&amp;N del encargado</translation>
    </message>
</context>
<context>
    <name>ApprovalAsker</name>
    <message>
        <location filename="../../ui/approvals.py" line="+56"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../ui/words.py" line="+104"/>
        <source>Manager&apos;s approval</source>
        <translation>Aprobación de gerente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approval used</source>
        <translation>Aprobación usada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval refused</source>
        <translation>Aprobación rechazada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log read</source>
        <translation>Registro de auditoría consultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blind close changed</source>
        <translation>Cierre a ciegas cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind count</source>
        <translation>Recuento a ciegas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recount</source>
        <translation>Nuevo recuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person added</source>
        <translation>Persona añadida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer added</source>
        <translation>Cliente añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer opened</source>
        <translation>Cajón abierto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash in</source>
        <translation>Entrada de efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>Salida de efectivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price override</source>
        <translation>Precio cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Void</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station paired</source>
        <translation>Estación vinculada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station released</source>
        <translation>Estación liberada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cart parked</source>
        <translation>Carrito aparcado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cart resumed</source>
        <translation>Carrito retomado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked cart deleted</source>
        <translation>Carrito aparcado eliminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN locked</source>
        <translation>PIN bloqueado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy changed</source>
        <translation>Política cambiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station provisioned</source>
        <translation>Estación preparada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session opened</source>
        <translation>Sesión abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session closed</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>Ajustes cambiados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed by a person</source>
        <translation>Confirmado por una persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by Final POS</source>
        <translation>Rechazado por Final POS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed by Final POS</source>
        <translation>Sin confirmar por Final POS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent again</source>
        <translation>Enviado de nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate found</source>
        <translation>Duplicado encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate removed</source>
        <translation>Duplicado eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals differ on Final POS</source>
        <translation>Totales distintos en Final POS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background task restarted</source>
        <translation>Tarea de fondo reiniciada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold beyond the stock</source>
        <translation>Vendido sin existencias</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/audit_view.py" line="+36"/>
        <source>its content was changed after it was written</source>
        <translation>su contenido se cambió después de escribirse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not follow the entry before it</source>
        <translation>no sigue a la entrada anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an entry before it was deleted</source>
        <translation>se borró una entrada anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the protection against changes was removed</source>
        <translation>se quitó la protección contra cambios</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n entries, each chained to the one before it: nothing was changed or taken out.</source>
        <translation>
            <numerusform>%n entrada, encadenada a la anterior: nada se cambió ni se quitó.</numerusform>
            <numerusform>%n entradas, cada una encadenada a la anterior: nada se cambió ni se quitó.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log was changed behind the register&apos;s back at entry #{entry}: {problem}.</source>
        <translation>El registro de auditoría se cambió a espaldas de la caja en la entrada n.º {entry}: {problem}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries check out before the break.</source>
        <translation>
            <numerusform>%n entrada es correcta antes de la ruptura.</numerusform>
            <numerusform>%n entradas son correctas antes de la ruptura.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <location filename="../../ui/cart_table.py" line="+53"/>
        <source>Scan a barcode, tap a product on the left, or search (F3) to start a sale.</source>
        <translation>Escanee un código de barras, toque un producto a la izquierda o busque (F3) para empezar una venta.</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../ui/cart_model.py" line="+28"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total</source>
        <translation>Total línea</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>sale, was {price}</source>
        <translation>oferta, antes {price}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price changed from {price}</source>
        <translation>precio cambiado desde {price}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cart discount</source>
        <translation>Dto. carrito</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../ui/cash_dialog.py" line="+19"/>
        <source>Cash out</source>
        <translation>Retirar efectivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash in</source>
        <translation>Ingresar efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money taken out of the drawer (a supplier paid, a bank drop). A manager approves it.</source>
        <translation>Dinero que sale del cajón (pago a un proveedor, depósito en el banco). Lo aprueba un encargado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money put into the drawer (change from the bank, a top-up).</source>
        <translation>Dinero que entra en el cajón (cambio del banco, una reposición).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take cash out</source>
        <translation>Retirar efectivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put cash in</source>
        <translation>Ingresar efectivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Importe ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is it for?</source>
        <translation>¿Para qué es?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manager</source>
        <translation>&amp;Encargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager&apos;s name</source>
        <translation>Nombre del encargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager &amp;PIN</source>
        <translation>&amp;PIN del encargado</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../ui/catalog_panel.py" line="+191"/>
        <location line="+231"/>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>{price} sale, was {regular}</source>
        <translation>{price} oferta, antes {regular}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{price} sale</source>
        <translation>{price} oferta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {price}</source>
        <translation>desde {price}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Out of stock</source>
        <translation>Sin existencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} in stock</source>
        <translation>{count} en existencia</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <source>Search by name, SKU or barcode</source>
        <translation>Buscar por nombre, SKU o código de barras</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(first {shown} of {count}: search for the rest)</source>
        <translation>(primeros {shown} de {count}: busque el resto)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n options</source>
        <translation>
            <numerusform>%n opción</numerusform>
            <numerusform>%n opciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{quantity} ×: the next item comes {quantity} times</source>
        <translation>{quantity} ×: el próximo artículo se añade {quantity} veces</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing matches “{text}”.</source>
        <translation>Nada coincide con «{text}».</translation>
    </message>
</context>
<context>
    <name>CloseSessionView</name>
    <message>
        <location filename="../../ui/close_session_view.py" line="+54"/>
        <source>Close the session</source>
        <translation>Cerrar la sesión</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Optional: explain a difference, a jammed drawer…</source>
        <translation>Opcional: explique una diferencia, un cajón atascado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing &amp;note</source>
        <translation>&amp;Nota de cierre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm counts</source>
        <translation>Confirmar recuento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close session</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close session {number}</source>
        <translation>Cerrar la sesión {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the drawer and type what the card terminal&apos;s batch says. The expected amounts appear after you confirm the counts (blind close).</source>
        <translation>Cuente el cajón y escriba lo que indica el lote del terminal de tarjetas. Los importes esperados aparecen después de confirmar el recuento (cierre a ciegas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the drawer and type what the card terminal&apos;s batch says, then confirm the counts.</source>
        <translation>Cuente el cajón y escriba lo que indica el lote del terminal de tarjetas; después confirme el recuento.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{method} counted</source>
        <translation>{method} contado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(expected {amount})</source>
        <translation>(esperado {amount})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected cash: {amount}</source>
        <translation>Efectivo esperado: {amount}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{method}: type what was counted (0 if there is none), then confirm the counts.</source>
        <translation>{method}: escriba lo contado (0 si no hay nada) y confirme los recuentos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Method</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over / short</source>
        <translation>Sobrante / faltante</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The counts are recorded. Explain any difference in the note, then close the session with a manager&apos;s PIN.</source>
        <translation>El recuento está registrado. Explique cualquier diferencia en la nota y cierre la sesión con el PIN de un encargado.</translation>
    </message>
</context>
<context>
    <name>CoreFields</name>
    <message>
        <location filename="../../ui/errors.py" line="+147"/>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percentage</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>discount</source>
        <translation>descuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tip</source>
        <translation>propina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee</source>
        <translation>recargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opened by</source>
        <translation>abierta por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed by</source>
        <translation>cerrada por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cash in</source>
        <translation>ingreso de efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>cash out</source>
        <translation>retiro de efectivo</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>counted cash</source>
        <translation>efectivo contado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>increment</source>
        <translation>incremento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>closing the session</source>
        <translation>el cierre de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>releasing the station</source>
        <translation>la liberación de la caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adding a person</source>
        <translation>el alta de una persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a price override</source>
        <translation>un cambio de precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a refund</source>
        <translation>un reembolso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing the receipt printer</source>
        <translation>el cambio de impresora de tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing the settings</source>
        <translation>el cambio de ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selling beyond stock</source>
        <translation>vender más de las existencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voiding the cart</source>
        <translation>anular el carrito</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location line="-139"/>
        <source>{what}: not a number</source>
        <translation>{what}: no es un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: &apos;{text}&apos; has a comma; use a dot for decimals ({hint})</source>
        <translation>{what}: «{text}» tiene una coma; use un punto para los decimales ({hint})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: &apos;{text}&apos; has a comma; use a dot for decimals</source>
        <translation>{what}: «{text}» tiene una coma; use un punto para los decimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: &apos;{text}&apos; is not a number</source>
        <translation>{what}: «{text}» no es un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity: must be more than zero (to take an item off, remove the line)</source>
        <translation>cantidad: debe ser mayor que cero (para quitar un artículo, elimine la línea)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity: {quantity} is more than the register accepts ({most})</source>
        <translation>cantidad: {quantity} es más de lo que acepta la caja ({most})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity: at most 3 decimals</source>
        <translation>cantidad: 3 decimales como máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity: {name} is sold by the piece; type a whole number</source>
        <translation>cantidad: {name} se vende por unidad; escriba un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: must be more than zero</source>
        <translation>{what}: debe ser mayor que cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: must be between 0 and 100</source>
        <translation>{what}: debe estar entre 0 y 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cash session is open. Open one with a counted float first.</source>
        <translation>No hay ninguna sesión de caja abierta. Abra una primero con el fondo contado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: a name is needed</source>
        <translation>{what}: hace falta un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session is already open on this station; close it first.</source>
        <translation>Ya hay una sesión abierta en esta caja; ciérrela primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason: say why the cash moved</source>
        <translation>motivo: indique por qué se movió el efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash out: the drawer should hold only {amount}</source>
        <translation>retiro de efectivo: el cajón solo debería tener {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN: 4 to 8 digits</source>
        <translation>PIN: de 4 a 8 cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: needed</source>
        <translation>nombre: obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first person on a station must be a manager</source>
        <translation>la primera persona de una caja debe ser encargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is already on this station</source>
        <translation>{name} ya está en esta caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs for {name}: wait a minute and try again.</source>
        <translation>Demasiados PIN incorrectos para {name}: espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That name and PIN do not match.</source>
        <translation>Ese nombre y ese PIN no coinciden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a manager; a manager must approve {action}.</source>
        <translation>{name} no es encargado; un encargado debe aprobar {action}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A manager must approve {action}.</source>
        <translation>Un gerente debe aprobar {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} may not approve {action}.</source>
        <translation>{name} no puede aprobar {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That approval cannot be used: it was not made by this register.</source>
        <translation>Esa aprobación no se puede usar: no la hizo esta caja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That approval cannot be used: it is for something else.</source>
        <translation>Esa aprobación no se puede usar: es para otra cosa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That approval cannot be used: it was used already.</source>
        <translation>Esa aprobación no se puede usar: ya se usó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That approval cannot be used: it is more than five minutes old.</source>
        <translation>Esa aprobación no se puede usar: tiene más de cinco minutos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That approval cannot be used: it is for a smaller amount.</source>
        <translation>Esa aprobación no se puede usar: es para un importe menor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role: one of {roles}</source>
        <translation>rol: uno de {roles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>managers must keep the right to change the policy</source>
        <translation>los gerentes deben conservar el derecho de cambiar las reglas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count the drawer before closing the session</source>
        <translation>cuente el cajón antes de cerrar la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drawer was counted already: a different count is a recount, which a manager approves</source>
        <translation>el cajón ya se contó: un conteo distinto es un recuento, que aprueba un gerente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} is paid already and this would bring the total to {amount_total}: take a payment back first</source>
        <translation>Ya se han pagado {amount} y esto dejaría el total en {amount_total}: anule primero un pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product has the code &apos;{code}&apos;.</source>
        <translation>Ningún producto tiene el código «{code}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no price; sell it as a custom sale</source>
        <translation>{name} no tiene precio; véndalo como venta libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount: give a percentage or an amount</source>
        <translation>descuento: indique un porcentaje o un importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount: give a percentage or an amount, not both</source>
        <translation>descuento: indique un porcentaje o un importe, no ambos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cart is empty: there is nothing to tip on</source>
        <translation>el carrito está vacío: no hay nada sobre lo que dar propina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tip can only be changed before any payment is taken; remove the payments first</source>
        <translation>la propina solo se puede cambiar antes de cobrar; quite primero los pagos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tip: give a percentage or an amount, not both</source>
        <translation>propina: indique un porcentaje o un importe, no ambos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer: a first and a last name are needed</source>
        <translation>cliente: hacen falta nombre y apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer: &apos;{email}&apos; is not an email address</source>
        <translation>cliente: «{email}» no es una dirección de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cart is empty</source>
        <translation>el carrito está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sale is already paid</source>
        <translation>la venta ya está pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{method}: {amount} is more than the {amount_due} due</source>
        <translation>{method}: {amount} es más que los {amount_due} pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing to complete: the cart is empty</source>
        <translation>no hay nada que completar: el carrito está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} is still due</source>
        <translation>quedan {amount} por pagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payments ({amount}) are more than the total ({amount_total}): take a payment back first</source>
        <translation>los pagos ({amount}) superan el total ({amount_total}): anule primero un pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finish or park the current cart first</source>
        <translation>termine o aparque primero el carrito actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payments are taken on this sale: take them back before voiding it</source>
        <translation>esta venta tiene pagos: anúlelos antes de anularla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: only {quantity} in stock and it cannot be backordered</source>
        <translation>{name}: solo quedan {quantity} en existencia y no admite pedidos pendientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} is in use by {holder}; a manager must release it there first.</source>
        <translation>{station} está en uso por {holder}; un encargado debe liberarla allí primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the cash session before releasing the station.</source>
        <translation>Cierre la sesión de caja antes de liberar la caja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This register is not paired with a station yet.</source>
        <translation>Esta caja aún no está emparejada con un puesto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No order with receipt &apos;{receipt}&apos; was sold on this station.</source>
        <translation>En esta caja no se vendió ningún pedido con el ticket «{receipt}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: the order has no such line</source>
        <translation>línea {line}: el pedido no tiene esa línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: only {quantity} left to refund</source>
        <translation>{name}: solo quedan {quantity} por reembolsar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing left to refund on this order</source>
        <translation>no queda nada por reembolsar en este pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{code}&apos; is not a receipt number.</source>
        <translation>&apos;{code}&apos; no es un número de ticket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sale with receipt &apos;{receipt}&apos; was found on this station or among the store&apos;s recent orders on Final POS.</source>
        <translation>No se encontró ninguna venta con el ticket &apos;{receipt}&apos; en esta caja ni entre los pedidos recientes de la tienda en Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cart is empty: nothing to park</source>
        <translation>el carrito está vacío: no hay nada que aparcar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take the payments back off before parking</source>
        <translation>quite los pagos antes de aparcar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer did not answer within {seconds} s. Is it on? The sale is saved; print the receipt again when it is back.</source>
        <translation>La impresora no respondió en {seconds} s. ¿Está encendida? La venta está guardada; imprima el ticket de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not print on the network printer at {printer} ({reason}). Check that it is on, connected and has paper. The sale is saved; print the receipt again when it is ready.</source>
        <translation>No se pudo imprimir en la impresora de red {printer} ({reason}). Compruebe que está encendida, conectada y con papel. La venta está guardada; imprima el ticket de nuevo cuando esté lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not print on the printer on {printer} ({reason}). Check that it is on, connected and has paper. The sale is saved; print the receipt again when it is ready.</source>
        <translation>No se pudo imprimir en la impresora de {printer} ({reason}). Compruebe que está encendida, conectada y con papel. La venta está guardada; imprima el ticket de nuevo cuando esté lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not print on the USB printer {printer} ({reason}). Check that it is on, connected and has paper. The sale is saved; print the receipt again when it is ready.</source>
        <translation>No se pudo imprimir en la impresora USB {printer} ({reason}). Compruebe que está encendida, conectada y con papel. La venta está guardada; imprima el ticket de nuevo cuando esté lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drawer did not open: the printer did not answer within {seconds} s. Is it on?</source>
        <translation>El cajón no se abrió: la impresora no respondió en {seconds} s. ¿Está encendida?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open the drawer through the network printer at {printer} ({reason}). Check that the printer is on and connected; open the drawer with its key meanwhile.</source>
        <translation>No se pudo abrir el cajón a través de la impresora de red en {printer} ({reason}). Compruebe que la impresora esté encendida y conectada; mientras tanto, abra el cajón con su llave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open the drawer through the printer on {printer} ({reason}). Check that the printer is on and connected; open the drawer with its key meanwhile.</source>
        <translation>No se pudo abrir el cajón a través de la impresora en {printer} ({reason}). Compruebe que la impresora esté encendida y conectada; mientras tanto, abra el cajón con su llave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open the drawer through the USB printer {printer} ({reason}). Check that the printer is on and connected; open the drawer with its key meanwhile.</source>
        <translation>No se pudo abrir el cajón a través de la impresora USB {printer} ({reason}). Compruebe que la impresora esté encendida y conectada; mientras tanto, abra el cajón con su llave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt printer is set up, so the drawer cannot be opened from here: open it with its key.</source>
        <translation>No hay ninguna impresora de tickets configurada, así que el cajón no se puede abrir desde aquí: ábralo con su llave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer profile &apos;{profile}&apos; is not known: choose default or a printer model such as TM-T88V</source>
        <translation>perfil de impresora &apos;{profile}&apos; desconocido: elija default o un modelo de impresora como TM-T88V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer profile &apos;{profile}&apos; has no code page the register can use</source>
        <translation>el perfil de impresora &apos;{profile}&apos; no tiene ninguna página de códigos que la caja pueda usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper {width} mm: the register prints on 80 mm or 58 mm rolls</source>
        <translation>papel de {width} mm: la caja imprime en rollos de 80 mm o 58 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer &apos;{printer}&apos;: a network printer needs a host (tcp://HOST:9100)</source>
        <translation>impresora «{printer}»: una impresora de red necesita un host (tcp://HOST:9100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer &apos;{printer}&apos;: a serial printer needs a device (serial:///dev/ttyUSB0)</source>
        <translation>impresora «{printer}»: una impresora serie necesita un dispositivo (serial:///dev/ttyUSB0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer &apos;{printer}&apos;: a USB printer is usb://VENDOR:PRODUCT in hex</source>
        <translation>impresora «{printer}»: una impresora USB se indica como usb://FABRICANTE:PRODUCTO en hexadecimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer &apos;{printer}&apos;: use tcp://, serial:// or usb://</source>
        <translation>impresora «{printer}»: use tcp://, serial:// o usb://</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="+38"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, email or phone and press Enter to attach. Or create a new customer with the fields below.</source>
        <translation>Busque por nombre, correo o teléfono y pulse Intro para asociarlo. O cree un cliente nuevo con los campos de abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and attach</source>
        <translation>Crear y asociar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name, email or phone</source>
        <translation>nombre, correo o teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach</source>
        <translation>Asociar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detach {name}</source>
        <translation>Desasociar {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;First name</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
</context>
<context>
    <name>CustomerDisplayWindow</name>
    <message>
        <location filename="../../ui/customer_display.py" line="+25"/>
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to {store}</source>
        <translation>Bienvenido a {store}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s items</source>
        <translation>Los artículos del cliente</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Tendered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
</context>
<context>
    <name>DenominationCounterPanel</name>
    <message>
        <location filename="../../ui/counter_panel.py" line="+75"/>
        <source>Counted total, for example {example}</source>
        <translation>Total contado, por ejemplo {example}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted cash</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bills</source>
        <translation>Billetes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Number of {value} bills</source>
        <translation>Número de billetes de {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of {value} coins</source>
        <translation>Número de monedas de {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one more {value}</source>
        <translation>uno más de {value}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one less {value}</source>
        <translation>uno menos de {value}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>counted cash</source>
        <translation>efectivo contado</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Counted cash: {amount}</source>
        <translation>Efectivo contado: {amount}</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location filename="../../ui/widgets.py" line="+200"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DisplayFlow</name>
    <message>
        <location filename="../../ui/display_flow.py" line="+43"/>
        <source>Customer display closed.</source>
        <translation>Pantalla del cliente cerrada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer display open on the second screen (Ctrl+D closes it).</source>
        <translation>Pantalla del cliente abierta en la segunda pantalla (Ctrl+D la cierra).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no second screen: the customer display opened behind the register window. Connect a screen and it goes there (Ctrl+D closes it).</source>
        <translation>No hay segunda pantalla: la pantalla del cliente se abrió detrás de la ventana de la caja. Conecte una pantalla y se moverá allí (Ctrl+D la cierra).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+87"/>
        <source>The Final POS server cannot be reached. Check the network; the register keeps working offline and sends everything later.</source>
        <translation>No se puede contactar con el servidor de Final POS. Compruebe la red; la caja sigue funcionando sin conexión y lo enviará todo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Final POS server did not answer in time. Try again in a moment.</source>
        <translation>El servidor de Final POS no respondió a tiempo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key was refused. Check the key in your Final POS account settings.</source>
        <translation>La clave de API fue rechazada. Compruebe la clave en los ajustes de su cuenta de Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key may not do that. Check its permissions in your Final POS account.</source>
        <translation>Esta clave de API no tiene permiso para eso. Compruebe sus permisos en su cuenta de Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this record any more (it may have been deleted).</source>
        <translation>El servidor ya no conoce este registro (puede que se haya eliminado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks the register to slow down. Try again in a minute.</source>
        <translation>El servidor pide a la caja que vaya más despacio. Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Final POS server had a problem. Try again in a moment.</source>
        <translation>El servidor de Final POS tuvo un problema. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered something the register does not understand. It was logged.</source>
        <translation>El servidor respondió algo que la caja no entiende. Quedó registrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk of this computer is full. Free some space: nothing was lost.</source>
        <translation>El disco de este ordenador está lleno. Libere espacio: no se ha perdido nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register&apos;s local data file is damaged. Call support before going on.</source>
        <translation>El archivo de datos local de la caja está dañado. Llame al soporte antes de continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another copy of the register is using this station&apos;s data. Close it first.</source>
        <translation>Otra copia de la caja está usando los datos de este puesto. Ciérrela primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s data was written by a newer register. Update the register.</source>
        <translation>Los datos de este puesto los escribió una versión más reciente de la caja. Actualice la caja.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Something went wrong ({kind}: {error}). It was written to the log.</source>
        <translation>Algo salió mal ({kind}: {error}). Quedó anotado en el registro.</translation>
    </message>
</context>
<context>
    <name>ExtrasFlow</name>
    <message>
        <location filename="../../ui/extras_flow.py" line="+34"/>
        <source>Apply discount</source>
        <translation>Aplicar descuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Percent off</source>
        <translation>&amp;Porcentaje de descuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 for {percent}</source>
        <translation>10 para {percent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount off</source>
        <translation>&amp;Importe de descuento</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Line note</source>
        <translation>Nota de línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note on {name}, printed on the receipt (empty: none).</source>
        <translation>Una nota sobre {name}, impresa en el ticket (vacío: ninguna).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Price override</source>
        <translation>Cambio de precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new unit price for {name} (now {price}). A manager approves.</source>
        <translation>Un nuevo precio unitario para {name} (ahora {price}). Lo aprueba un encargado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override price</source>
        <translation>Cambiar precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit price</source>
        <translation>Precio &amp;unitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager</source>
        <translation>&amp;Encargado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Custom sale</source>
        <translation>Venta libre</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>An item that is not in the catalog, at the price you type. Untick taxable for an untaxed item.</source>
        <translation>Un artículo que no está en el catálogo, al precio que escriba. Desmarque «con impuestos» para un artículo exento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to cart</source>
        <translation>Añadir al carrito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price</source>
        <translation>&amp;Precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taxable</source>
        <translation>Con &amp;impuestos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A fee on the whole sale (delivery, service), added to the total with its tax.</source>
        <translation>Un recargo sobre toda la venta (entrega, servicio), sumado al total con su impuesto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {fees}. Leave the amount empty to take the fees off.</source>
        <translation>Ahora: {fees}. Deje el importe vacío para quitar los recargos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Fee</source>
        <translation>Recargo</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add fee</source>
        <translation>Añadir recargo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fee</source>
        <translation>recargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee: type an amount ({example}).</source>
        <translation>Recargo: escriba un importe ({example}).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Line discount</source>
        <translation>Descuento de línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount on {name}: a percentage OR an amount off the line.</source>
        <translation>Un descuento sobre {name}: un porcentaje O un importe menos en la línea.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cart discount</source>
        <translation>Descuento del carrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount on the whole cart: a percentage OR an amount. Leave both empty to take the cart discount off.</source>
        <translation>Un descuento sobre todo el carrito: un porcentaje O un importe. Deje ambos vacíos para quitar el descuento.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../ui/first_run_view.py" line="+32"/>
        <source>Welcome to Register</source>
        <translation>Bienvenido a Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer is not set up yet. Try the demo shop to learn the register without touching real money, or connect your Final POS account.</source>
        <translation>Este ordenador aún no está configurado. Pruebe la tienda de demostración para aprender a usar la caja sin tocar dinero real, o conecte su cuenta de Final POS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo shop</source>
        <translation>Tienda de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A realistic coffee shop runs on this computer. Nothing leaves it; everything is practice.</source>
        <translation>Una cafetería realista funciona en este ordenador. Nada sale de él; todo es práctica.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the demo</source>
        <translation>Empezar la demo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Final POS account</source>
        <translation>Mi cuenta de Final POS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the API key from your Final POS account settings. It is kept in this computer&apos;s key store, never in a file.</source>
        <translation>Pegue la clave de API de los ajustes de su cuenta de Final POS. Se guarda en el almacén de claves de este ordenador, nunca en un archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no key store, so a key typed here works only until the register closes. For a station that keeps it, IT sets FINALPOS_API_KEY in the service that starts the register (see &quot;Stations without a key store&quot; in the README).</source>
        <translation>Este equipo no tiene almacén de claves: una clave escrita aquí solo sirve hasta que se cierre la caja. Para una estación que la conserve, el equipo de TI define FINALPOS_API_KEY en el servicio que inicia la caja (consulte «Stations without a key store» en el README).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Store &amp;currency</source>
        <translation>&amp;Moneda de la tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash &amp;rounding</source>
        <translation>&amp;Redondeo del efectivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency the store sells in and the step cash payments are rounded to (0.05 in Switzerland or Canada; empty for none). Set once: every price, payment, receipt and report uses them.</source>
        <translation>La moneda en la que vende la tienda y el paso al que se redondean los pagos en efectivo (0.05 en Suiza o Canadá; vacío si no hay). Se fija una vez: la usan todos los precios, pagos, tickets e informes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: an address starting with https:// is needed (plain http only to this computer, so the API key never travels in clear text).</source>
        <translation>Servidor: se necesita una dirección que empiece por https:// (http sin cifrar solo hacia este equipo, para que la clave de API nunca viaje en claro).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key: paste the key from your Final POS account.</source>
        <translation>Clave de API: pegue la clave de su cuenta de Final POS.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cash rounding: a step such as {example} in {currency}, or empty for none.</source>
        <translation>Redondeo del efectivo: un paso como {example} en {currency}, o vacío si no hay.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+53"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Register {version} — {mode}</source>
        <translation>Register {version} — {mode}</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+28"/>
        <source>About Register</source>
        <translation>Acerca de Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register {version}

A point-of-sale register for the Final POS cloud.
Mode: {mode}.  Keys: Ctrl+Shift+A shows this box.</source>
        <translation>Register {version}

Una caja registradora para la nube de Final POS.
Modo: {mode}.  Teclas: Ctrl+Shift+A muestra este cuadro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo mode</source>
        <translation>Modo demostración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Close the register?</source>
        <translation>¿Cerrar la caja?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep selling</source>
        <translation>Seguir vendiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the register</source>
        <translation>Cerrar la caja</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <location filename="../../ui/approval_dialog.py" line="+17"/>
        <source>Manager approval</source>
        <translation>Aprobación del encargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager approves {action}: type the manager&apos;s name and PIN.</source>
        <translation>Un encargado aprueba {action}: escriba el nombre y el PIN del encargado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Manager</source>
        <translation>&amp;Encargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
</context>
<context>
    <name>OpenSessionView</name>
    <message>
        <location filename="../../ui/open_session_view.py" line="+31"/>
        <source>Open a cash session</source>
        <translation>Abrir una sesión de caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the float in the drawer: type how many of each bill and coin (Tab moves on, Up/Down add or take one) or tap + and −.</source>
        <translation>Cuente el fondo del cajón: escriba cuántos billetes y monedas hay de cada uno (Tab avanza, Arriba/Abajo suman o restan uno) o toque + y −.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: anything the closing manager should know</source>
        <translation>Opcional: lo que deba saber el encargado del cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening &amp;note</source>
        <translation>&amp;Nota de apertura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
</context>
<context>
    <name>OrdersFlow</name>
    <message>
        <location filename="../../ui/orders_flow.py" line="+71"/>
        <source>Park this cart</source>
        <translation>Aparcar este carrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cart is kept on this station; resume it later from Parked (F9).</source>
        <translation>El carrito se guarda en esta caja; recupérelo luego desde Aparcados (F9).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer&apos;s name, what they went to fetch…</source>
        <translation>nombre del cliente, lo que fue a buscar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cart parked: {note}. Parked (F9) brings it back.</source>
        <translation>Carrito aparcado: {note}. Aparcados (F9) lo recupera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Parked cart resumed.</source>
        <translation>Carrito aparcado recuperado.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find a receipt</source>
        <translation>Buscar un ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the receipt&apos;s code or type its number (R…): its sale opens for a refund, whichever session or till sold it.</source>
        <translation>Escanee el código del ticket o escriba su número (R…): su venta se abre para un reembolso, sea cual sea la sesión o la caja que la vendió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Receipt</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type how many of at least one line come back.</source>
        <translation>Escriba cuántos se devuelven de al menos una línea.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refunded {amount} of {receipt}: {payments}.</source>
        <translation>Reembolsados {amount} de {receipt}: {payments}.</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../ui/orders_view.py" line="+30"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting to send</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final POS</source>
        <translation>Final POS</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+7"/>
        <location line="+45"/>
        <source>Orders of this session</source>
        <translation>Pedidos de esta sesión</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Reprint a receipt, or refund an order (a manager approves). Scan a receipt, or find it (F3), to refund a sale of any session or till.</source>
        <translation>Reimprima un ticket o reembolse un pedido (lo aprueba un encargado). Escanee un ticket, o búsquelo (F3), para reembolsar una venta de cualquier sesión o caja.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back to the cart</source>
        <translation>Volver al carrito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Every session</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Find a receipt</source>
        <translation>Buscar un ticket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reprint receipt</source>
        <translation>Reimprimir ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Orders of every session of this station</source>
        <translation>Pedidos de todas las sesiones de esta caja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>of {receipt}</source>
        <translation>de {receipt}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
</context>
<context>
    <name>OtherPaymentDialog</name>
    <message>
        <location filename="../../ui/tender_dialog.py" line="+38"/>
        <source>Other payment</source>
        <translation>Otro pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does the customer pay? Then the amount (empty: the {due} due) and the number on the card, check or voucher.</source>
        <translation>¿Cómo paga el cliente? Después el importe (vacío: los {due} pendientes) y el número de la tarjeta, el cheque o el vale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take payment</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: {due}</source>
        <translation>vacío: {due}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>optional: the {reference}</source>
        <translation>opcional: {reference}</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../ui/words.py" line="-34"/>
        <source>sale</source>
        <translation>venta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refund</source>
        <translation>devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash session</source>
        <translation>sesión de caja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>station change</source>
        <translation>cambio de estación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record</source>
        <translation>registro</translation>
    </message>
</context>
<context>
    <name>ParkedCartsDialog</name>
    <message>
        <location filename="../../ui/parked_dialog.py" line="+31"/>
        <location line="+8"/>
        <source>Parked carts</source>
        <translation>Carritos aparcados</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Pick a cart and press Enter to bring it back (the current cart must be empty).</source>
        <translation>Elija un carrito y pulse Intro para recuperarlo (el carrito actual debe estar vacío).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time}   {note}   —   {count} items, {total}</source>
        <translation>{time}   {note}   —   {count} artículos, {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cart is parked.</source>
        <translation>No hay ningún carrito aparcado.</translation>
    </message>
</context>
<context>
    <name>PaymentFlow</name>
    <message>
        <location filename="../../ui/payment_flow.py" line="+58"/>
        <source>The cart is empty: scan or pick something first.</source>
        <translation>El carrito está vacío: escanee o elija algo primero.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scanned: {name} added; {amount} is due now.</source>
        <translation>Escaneado: {name} añadido; ahora quedan {amount} pendientes.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Sale {receipt} complete: {total}.</source>
        <translation>Venta {receipt} completada: {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change due: {amount}.</source>
        <translation>Cambio a devolver: {amount}.</translation>
    </message>
</context>
<context>
    <name>PaymentView</name>
    <message>
        <location filename="../../ui/payment_view.py" line="+47"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tip (in the total)</source>
        <translation>Propina (incluida en el total)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in cash (rounded)</source>
        <translation>A pagar en efectivo (redondeado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash rounding</source>
        <translation>Redondeo del efectivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change due</source>
        <translation>Cambio a devolver</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payments taken (select one and press Remove to take it back):</source>
        <translation>Pagos cobrados (seleccione uno y pulse Quitar para anularlo):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments taken</source>
        <translation>Pagos cobrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove payment</source>
        <translation>Quitar pago</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: exactly what is due; Enter takes it in cash</source>
        <translation>vacío: exactamente lo pendiente; Intro lo cobra en efectivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the card terminal&apos;s approval or receipt number</source>
        <translation>el número de autorización o de ticket del terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card &amp;reference</source>
        <translation>&amp;Referencia de tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash handed over:</source>
        <translation>Efectivo entregado:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card (terminal)</source>
        <translation>Tarjeta (terminal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other payment</source>
        <translation>Otro pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift card, check, voucher, store credit</source>
        <translation>Tarjeta regalo, cheque, vale, saldo a favor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Tip</source>
        <translation>Propina</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Back to the cart</source>
        <translation>Volver al carrito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete sale</source>
        <translation>Completar venta</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(change {amount})</source>
        <translation>(cambio {amount})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ref. {reference}</source>
        <translation>ref. {reference}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exact {amount}</source>
        <translation>Exacto {amount}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A tip is added before any payment: remove the payments to change it</source>
        <translation>La propina se añade antes de cualquier pago: quite los pagos para cambiarla</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../ui/words.py" line="-78"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>Tarjeta de débito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Vale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Terminal reference</source>
        <translation>Referencia del terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift card number</source>
        <translation>Número de tarjeta regalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check number</source>
        <translation>Número de cheque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher code</source>
        <translation>Código del vale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note number</source>
        <translation>Número de abono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets.py" line="+169"/>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the field</source>
        <translation>Vaciar el campo</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../ui/words.py" line="+17"/>
        <source>voiding a line</source>
        <translation>anular una línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voiding after a payment</source>
        <translation>anular después de un pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voiding the sale</source>
        <translation>anular la venta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line discount</source>
        <translation>un descuento de línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cart discount</source>
        <translation>un descuento en el carrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a price override</source>
        <translation>un cambio de precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a custom sale</source>
        <translation>una venta libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a refund</source>
        <translation>un reembolso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash in</source>
        <translation>una entrada de efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash out</source>
        <translation>una salida de efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening the drawer</source>
        <translation>abrir el cajón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the X report</source>
        <translation>el informe X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turning blind close off</source>
        <translation>desactivar el cierre a ciegas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing the session</source>
        <translation>cerrar la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recount</source>
        <translation>un recuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adding a person</source>
        <translation>añadir a una persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>releasing the station</source>
        <translation>liberar la estación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing who may do what</source>
        <translation>cambiar quién puede hacer qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit log</source>
        <translation>el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing the settings</source>
        <translation>cambiar los ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selling beyond the stock</source>
        <translation>vender más de lo que hay en existencia</translation>
    </message>
</context>
<context>
    <name>PriceCheckDialog</name>
    <message>
        <location filename="../../ui/price_check_dialog.py" line="+36"/>
        <location line="+5"/>
        <source>Price check</source>
        <translation>Ver precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the item, or type its name, SKU or barcode. Nothing is added to the sale.</source>
        <translation>Escanee el artículo o escriba su nombre, SKU o código de barras. No se añade nada a la venta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name, SKU or barcode</source>
        <translation>nombre, SKU o código de barras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item to check</source>
        <translation>Artículo a consultar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items found</source>
        <translation>Artículos encontrados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No product has the code “{code}”.</source>
        <translation>Ningún producto tiene el código «{code}».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On sale: the regular price is {price}.</source>
        <translation>En oferta: el precio normal es {price}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be sold without a manager</source>
        <translation>no se puede vender sin un encargado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode {code}</source>
        <translation>Código de barras {code}</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/receipt_flow.py" line="+39"/>
        <source>Receipt printer</source>
        <translation>Impresora de tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ESC/POS receipt printer: tcp://HOST:9100 (network), serial:///dev/ttyUSB0 or usb://VENDOR:PRODUCT; empty for none. Choose its model (default suits most Epson-compatible printers) and the paper roll. A manager approves.</source>
        <translation>La impresora de tickets ESC/POS: tcp://HOST:9100 (red), serial:///dev/ttyUSB0 o usb://VENDOR:PRODUCT; vacío si no hay. Elija su modelo (default sirve para la mayoría de las impresoras compatibles con Epson) y el rollo de papel. Lo aprueba un encargado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save printer</source>
        <translation>Guardar impresora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rinter</source>
        <translation>&amp;Impresora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer &amp;model</source>
        <translation>&amp;Modelo de impresora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{width} mm roll</source>
        <translation>Rollo de {width} mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;per</source>
        <translation>Pa&amp;pel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager</source>
        <translation>&amp;Encargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../ui/receipt_html.py" line="+41"/>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REFUND</source>
        <translation>REEMBOLSO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../../ui/report_html.py" line="+83"/>
        <source>TRAINING — NOT A SALE</source>
        <translation>FORMACIÓN — NO ES UNA VENTA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>Propina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOTAL {currency}</source>
        <translation>TOTAL {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash rounding</source>
        <translation>Redondeo del efectivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was {price}</source>
        <translation>antes {price}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounding</source>
        <translation>Redondeo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{tax} (included)</source>
        <translation>{tax} (incluido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval {code}</source>
        <translation>Autorización {code}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ref. {code}</source>
        <translation>Ref. {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card ending {digits}</source>
        <translation>tarjeta terminada en {digits}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund of</source>
        <translation>Reembolso de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REFUNDED {currency}</source>
        <translation>REEMBOLSADO {currency}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fee</source>
        <translation>Recargo</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Total {currency}</source>
        <translation>Total {currency}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunded {currency}</source>
        <translation>Reembolsado {currency}</translation>
    </message>
</context>
<context>
    <name>ReceiptFlow</name>
    <message>
        <location filename="../../ui/receipt_flow.py" line="+32"/>
        <source>Change due: {amount}</source>
        <translation>Cambio a devolver: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale {receipt} — {total}</source>
        <translation>Venta {receipt} — {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt {receipt} (copy)</source>
        <translation>Ticket {receipt} (copia)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund of {receipt}</source>
        <translation>Reembolso de {receipt}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund of {receipt} (copy)</source>
        <translation>Reembolso de {receipt} (copia)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Printing the receipt…</source>
        <translation>Imprimiendo el ticket…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt printed; drawer opened.</source>
        <translation>Ticket impreso; cajón abierto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt printed.</source>
        <translation>Ticket impreso.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Receipts print on {printer}.</source>
        <translation>Los tickets se imprimen en {printer}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer: receipts are shown on screen.</source>
        <translation>Sin impresora de tickets: los tickets se muestran en pantalla.</translation>
    </message>
</context>
<context>
    <name>ReceiptView</name>
    <message>
        <location filename="../../ui/receipt_view.py" line="+35"/>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sale</source>
        <translation>Nueva venta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New sale (Esc), or scan the next item</source>
        <translation>Nueva venta (Esc), o escanee el siguiente artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt again</source>
        <translation>Volver a imprimir el ticket</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/refund_dialog.py" line="+51"/>
        <source>Refund {receipt}</source>
        <translation>Reembolsar {receipt}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Sold in this session.</source>
        <translation>Vendido en esta sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold in an earlier session of this station.</source>
        <translation>Vendido en una sesión anterior de esta caja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold at another till of the store (found on Final POS).</source>
        <translation>Vendido en otra caja de la tienda (encontrado en Final POS).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How many of each line come back? 0 keeps the line. The money goes back to the original payment (cards first) unless you tick cash. Scan another receipt to refund that sale instead.</source>
        <translation>¿Cuántas unidades de cada línea se devuelven? 0 conserva la línea. El dinero vuelve al pago original (primero las tarjetas) salvo que marque efectivo. Escanee otro ticket para reembolsar esa venta en su lugar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}  (sold {quantity}, {total})</source>
        <translation>{name}  (vendidos {quantity}, {total})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>damaged, wrong size…</source>
        <translation>dañado, talla equivocada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the money back in &amp;cash</source>
        <translation>Devolver el dinero en &amp;efectivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manager</source>
        <translation>&amp;Encargado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
</context>
<context>
    <name>RegisterApp</name>
    <message>
        <location filename="../../ui/app.py" line="+161"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The API key is not in this computer&apos;s key store any more. Paste it again (or set the FINALPOS_API_KEY environment variable).</source>
        <translation>La clave de API ya no está en el almacén de claves de este ordenador. Péguela de nuevo (o defina la variable de entorno FINALPOS_API_KEY).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The provisioning file was not used: {reason}</source>
        <translation>No se usó el archivo de aprovisionamiento: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station is set up for {url}, but the API key is not in this computer&apos;s key store. Paste it (or set the FINALPOS_API_KEY environment variable).</source>
        <translation>Esta caja está configurada para {url}, pero la clave de API no está en el almacén de claves de este ordenador. Péguela (o defina la variable de entorno FINALPOS_API_KEY).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This computer has no usable key store: the API key works until the register closes. Set the FINALPOS_API_KEY environment variable to keep it.</source>
        <translation>Este ordenador no tiene un almacén de claves utilizable: la clave de API funciona hasta que se cierre la caja. Defina la variable de entorno FINALPOS_API_KEY para conservarla.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Starting the demo shop on this computer…</source>
        <translation>Iniciando la tienda de demostración en este ordenador…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to Final POS…</source>
        <translation>Conectando con Final POS…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register could not start: {reason}</source>
        <translation>La caja no pudo iniciarse: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../ui/report_view.py" line="+39"/>
        <location line="+3"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF</source>
        <translation>Guardar en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe en PDF</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/report_html.py" line="-37"/>
        <source>Over {amount}</source>
        <translation>Sobran {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short {amount}</source>
        <translation>Faltan {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even</source>
        <translation>Cuadra</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{time} by {name}</source>
        <translation>{time} por {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment methods</source>
        <translation>Medios de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Method</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+22"/>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cash in</source>
        <translation>Ingresar efectivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash out</source>
        <translation>Retirar efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Counted at close</source>
        <translation>Contado al cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over / short</source>
        <translation>Sobrante / faltante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross sales</source>
        <translation>Ventas brutas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Propinas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change given</source>
        <translation>Cambio devuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash rounding</source>
        <translation>Redondeo del efectivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taxes by rate</source>
        <translation>Impuestos por tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collected</source>
        <translation>Recaudado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tax collected.</source>
        <translation>No se recaudaron impuestos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing note</source>
        <translation>Nota de cierre</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/words.py" line="-32"/>
        <source>manager</source>
        <translation>encargado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cashier</source>
        <translation>cajero</translation>
    </message>
</context>
<context>
    <name>SellFlow</name>
    <message>
        <location filename="../../ui/sell_flow.py" line="+194"/>
        <source>selling {wanted} of {name} with {on_hand} in stock</source>
        <translation>vender {wanted} de {name} con {on_hand} en existencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sell anyway</source>
        <translation>Vender de todos modos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {on_hand} of {name} in stock, and it may not be backordered. Sell it anyway? Cancel adds nothing.</source>
        <translation>Solo hay {on_hand} de {name} en existencia y no admite pedidos pendientes. ¿Venderlo de todos modos? Cancelar no añade nada.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not added: only {on_hand} of {name} in stock.</source>
        <translation>No añadido: solo hay {on_hand} de {name} en existencia.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan it again or search for it (F3).</source>
        <translation>Escanéelo de nuevo o búsquelo (F3).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No product has the code “{code}”: the search shows what matches it (Enter adds the first).</source>
        <translation>Ningún producto tiene el código «{code}»: la búsqueda muestra lo que coincide (Intro añade el primero).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scanned {code}: sign in first, then scan it again.</source>
        <translation>Escaneado {code}: inicie sesión primero y vuelva a escanearlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanned {code}: a sale needs an open session of today. Open one (F2), then scan it again.</source>
        <translation>Escaneado {code}: una venta necesita una sesión de hoy abierta. Abra una (F2) y vuelva a escanearlo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Scanned: {name} is in the cart ({quantity}).</source>
        <translation>Escaneado: {name} está en el carrito ({quantity}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How much {name}? It is sold by weight: decimals are fine ({example}).</source>
        <translation>¿Cuánto {name}? Se vende por peso: se admiten decimales ({example}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many {name}? A whole number: it is sold by the piece.</source>
        <translation>¿Cuántos {name}? Un número entero: se vende por unidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <source>Void cart</source>
        <translation>Anular carrito</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Void the whole cart ({total})? Every line goes; the void is in the log.</source>
        <translation>¿Anular todo el carrito ({total})? Se quitan todas las líneas; la anulación queda en el registro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cart of {total} voided; it is in the log.</source>
        <translation>Carrito de {total} anulado; queda en el registro.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Set quantity</source>
        <translation>Fijar cantidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
</context>
<context>
    <name>SellView</name>
    <message>
        <location filename="../../ui/sell_view.py" line="+180"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cart discount</source>
        <translation>Dto. carrito</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override the price: a manager approves</source>
        <translation>Cambiar el precio: lo aprueba un encargado</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Custom sale</source>
        <translation>Venta libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Recargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fee on the whole sale, e.g. delivery</source>
        <translation>Un recargo sobre toda la venta, p. ej. la entrega</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+3"/>
        <location line="+68"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Park</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked</source>
        <translation>Aparcados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price check</source>
        <translation>Ver precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or find an item to see its price and stock; nothing is added</source>
        <translation>Escanee o busque un artículo para ver su precio y sus existencias; no se añade nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void cart</source>
        <translation>Anular carrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void the whole cart (logged)</source>
        <translation>Anular todo el carrito (queda registrado)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One less</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Pay</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Customer: {name}</source>
        <translation>Cliente: {name}</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../../ui/session_flow.py" line="+95"/>
        <source>This session was opened on another day. Close it before anything else.</source>
        <translation>Esta sesión se abrió otro día. Ciérrela antes que nada.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Session {number} is open with a float of {amount}.</source>
        <translation>La sesión {number} está abierta con un fondo de {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/paper_cli.py" line="+63"/>
        <location filename="../../ui/session_flow.py" line="+13"/>
        <source>X report — {number}</source>
        <translation>Informe X — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="+2"/>
        <source>X report — session {number}</source>
        <translation>Informe X — sesión {number}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cash in</source>
        <translation>ingreso de efectivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cash out</source>
        <translation>retiro de efectivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{amount} put into the drawer: {reason}.</source>
        <translation>{amount} ingresados en el cajón: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} taken out of the drawer: {reason}.</source>
        <translation>{amount} retirados del cajón: {reason}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drawer opened without a sale (logged).</source>
        <translation>Cajón abierto sin venta (registrado).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drawer opened.</source>
        <translation>Cajón abierto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sale logged.</source>
        <translation>Apertura sin venta registrada.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>counted {method}</source>
        <translation>{method} contado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>closing the session</source>
        <translation>el cierre de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close session</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/paper_cli.py" line="-1"/>
        <location filename="../../ui/session_flow.py" line="+21"/>
        <source>Z report — {number}</source>
        <translation>Informe Z — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="+2"/>
        <source>Z report — session {number} (closed)</source>
        <translation>Informe Z — sesión {number} (cerrada)</translation>
    </message>
</context>
<context>
    <name>SessionHomeView</name>
    <message>
        <location filename="../../ui/home_view.py" line="+69"/>
        <source>Sell</source>
        <translation>Vender</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X report</source>
        <translation>Informe X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in</source>
        <translation>Ingresar efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>Retirar efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open drawer (no sale)</source>
        <translation>Abrir cajón (sin venta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close session</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Blind close: count before seeing the expected cash</source>
        <translation>Cierre a ciegas: contar antes de ver el efectivo esperado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release station</source>
        <translation>Liberar caja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No cash session is open</source>
        <translation>No hay ninguna sesión de caja abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the float in the drawer and open a session to start the day.</source>
        <translation>Cuente el fondo del cajón y abra una sesión para empezar el día.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session {number} is still open from {day}</source>
        <translation>La sesión {number} sigue abierta desde el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A session left open on another day must be closed first: count the drawer and close it (F9), then open today&apos;s session.</source>
        <translation>Una sesión que quedó abierta otro día debe cerrarse primero: cuente el cajón y ciérrela (F9), y luego abra la sesión de hoy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session {number} is open</source>
        <translation>La sesión {number} está abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened by {name} on {time} with a float of {amount}.</source>
        <translation>Abierta por {name} el {time} con un fondo de {amount}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in: {name}</source>
        <translation>Sesión iniciada: {name}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+26"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store&apos;s currency and cash rounding are set when the register is set up (first run or provisioning). The language applies from the next start.</source>
        <translation>La moneda de la tienda y el redondeo del efectivo se fijan al configurar la caja (primer inicio o aprovisionamiento). El idioma se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (to the {unit})</source>
        <translation>ninguno (al {unit})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash rounding</source>
        <translation>Redondeo del efectivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As this computer ({language})</source>
        <translation>Como este ordenador ({language})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager</source>
        <translation>&amp;Encargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../ui/sign_in_view.py" line="+24"/>
        <source>4 to 8 digits</source>
        <translation>de 4 a 8 cifras</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+32"/>
        <location line="+29"/>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN &amp;again</source>
        <translation>&amp;Repita el PIN</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Create the first manager</source>
        <translation>Crear el primer encargado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody works at this station yet. The first person is a manager: they open and close sessions and approve cash out. Choose a PIN only you know.</source>
        <translation>Todavía no trabaja nadie en esta caja. La primera persona es encargado: abre y cierra sesiones y aprueba los retiros de efectivo. Elija un PIN que solo usted conozca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create manager and sign in</source>
        <translation>Crear encargado y entrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your name and type your PIN. Signing out keeps the session open.</source>
        <translation>Elija su nombre y escriba su PIN. Salir deja abierta la sesión de caja.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name: type your name.</source>
        <translation>Nombre: escriba su nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escriba el mismo PIN dos veces.</translation>
    </message>
</context>
<context>
    <name>StartingView</name>
    <message>
        <location filename="../../ui/main_window.py" line="-135"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>StationPickerView</name>
    <message>
        <location filename="../../ui/station_view.py" line="+44"/>
        <source>Pair this computer with a station</source>
        <translation>Emparejar este ordenador con una caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your shop, then the till this computer stands at. Pairing marks the station in use by this computer; a manager can release it later.</source>
        <translation>Elija su tienda y luego la caja donde está este ordenador. Al emparejar, la caja queda en uso por este ordenador; un encargado puede liberarla después.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Shop</source>
        <translation>&amp;Tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nombre de este ordenador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stations of the shop</source>
        <translation>Cajas de la tienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used by</source>
        <translation>Usada por</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair this station</source>
        <translation>Emparejar esta caja</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+73"/>
        <source>Looking for your shops…</source>
        <translation>Buscando sus tiendas…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>This account has no shops yet. Create one in Final POS, then reload.</source>
        <translation>Esta cuenta aún no tiene tiendas. Cree una en Final POS y recargue.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Pairing…</source>
        <translation>Emparejando…</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <location filename="../../ui/words.py" line="+5"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>StatusBarPanel</name>
    <message>
        <location filename="../../ui/status_panel.py" line="+24"/>
        <source>outlets</source>
        <translation>tiendas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stations</source>
        <translation>estaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation>categorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>variants</source>
        <translation>variantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax tables</source>
        <translation>tablas de impuestos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog: {count} items ready</source>
        <translation>Catálogo: {count} artículos listos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: building the search index…</source>
        <translation>Catálogo: creando el índice de búsqueda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done} of {expected}</source>
        <translation>{done} de {expected}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog: {what} {count} · {rate} a second · page {page}</source>
        <translation>Catálogo: {what} {count} · {rate} por segundo · página {page}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(resumed, {pages} pages kept)</source>
        <translation>(reanudado, {pages} páginas conservadas)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+43"/>
        <source>Station: not paired</source>
        <translation>Caja: sin emparejar</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+49"/>
        <source>No session</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+53"/>
        <source>Nobody signed in</source>
        <translation>Nadie conectado</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+60"/>
        <source>Server: starting…</source>
        <translation>Servidor: iniciando…</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+71"/>
        <source>All sent</source>
        <translation>Todo enviado</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>DEMO MODE</source>
        <translation>MODO DEMO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LIVE</source>
        <translation>REAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training mode: sales go to the built-in demo shop on this computer, never to a real account.</source>
        <translation>Modo de formación: las ventas van a la tienda de demostración de este ordenador, nunca a una cuenta real.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: sales go to your Final POS account.</source>
        <translation>Real: las ventas van a su cuenta de Final POS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Station: {station}</source>
        <translation>Caja: {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} at {outlet}</source>
        <translation>{station} en {outlet}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session {number}</source>
        <translation>Sesión {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✕ Key refused: ask a manager</source>
        <translation>✕ Clave rechazada: avise a un gerente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>○ Offline</source>
        <translation>○ Sin conexión</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n por enviar</numerusform>
            <numerusform>%n por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n need attention</source>
        <translation>
            <numerusform>, %n requiere atención</numerusform>
            <numerusform>, %n requieren atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source> (oldest sale %n min)</source>
        <translation>
            <numerusform> (venta más antigua: %n min)</numerusform>
            <numerusform> (venta más antigua: %n min)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A background task ({worker}) restarted after an error: {error}</source>
        <translation>Una tarea en segundo plano ({worker}) se reinició tras un error: {error}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../ui/words.py" line="+33"/>
        <source>the total</source>
        <translation>el total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the subtotal</source>
        <translation>el subtotal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tax</source>
        <translation>el impuesto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the discounts</source>
        <translation>los descuentos</translation>
    </message>
</context>
<context>
    <name>TipDialog</name>
    <message>
        <location filename="../../ui/tip_dialog.py" line="+30"/>
        <source>A percentage of the items (before tax), or type an amount.</source>
        <translation>Un porcentaje de los artículos (antes de impuestos), o escriba un importe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tip now: {amount}.</source>
        <translation>Propina actual: {amount}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>Propina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set tip</source>
        <translation>Fijar propina</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{percent}  ({amount})</source>
        <translation>{percent}  ({amount})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tip</source>
        <translation>Sin propina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tip amount, e.g. {example}</source>
        <translation>un importe de propina, p. ej. {example}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the tip amount, or choose a percentage or No tip.</source>
        <translation>Escriba el importe de la propina, o elija un porcentaje o Sin propina.</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <location filename="../../ui/cart_model.py" line="-42"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Recargo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tip</source>
        <translation>Propina</translation>
    </message>
</context>
<context>
    <name>VariantDialog</name>
    <message>
        <location filename="../../ui/variant_dialog.py" line="+79"/>
        <source>Which one? Tap it, press its number, or use the arrows and Enter.</source>
        <translation>¿Cuál? Tóquelo, pulse su número o use las flechas e Intro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A scan cannot pick an option: tap one, or press Esc and scan again.</source>
        <translation>Un escaneo no puede elegir una opción: toque una, o pulse Esc y vuelva a escanear.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../ui/workflow.py" line="+122"/>
        <source>⚠ Sale {receipt}: Final POS has {field} {server}, the register {local}</source>
        <translation>⚠ Venta {receipt}: Final POS tiene {field} {server}, la caja {local}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS stored this sale with other totals than the register computed. The register&apos;s figures stand (on the receipt and in the session&apos;s report); a manager should check the order in Final POS. It is in the audit log.</source>
        <translation>Final POS guardó esta venta con otros totales que los calculados por la caja. Valen las cifras de la caja (en el ticket y en el informe de la sesión); un gerente debe revisar el pedido en Final POS. Consta en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Final POS did not take a {what}: see register outbox status</source>
        <translation>⚠ Final POS no aceptó un registro ({what}): vea register outbox status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A late request had made a second {what} on Final POS; the register removed it (kept in the audit log).</source>
        <translation>Una petición tardía había creado un duplicado ({what}) en Final POS; la caja lo eliminó (consta en el registro de auditoría).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A sale of {total} is in progress.</source>
        <translation>Hay una venta de {total} en curso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{paid} is paid on it already.</source>
        <translation>Ya se han pagado {paid}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the register anyway? The cart stays on this station and comes back when the register starts again.</source>
        <translation>¿Cerrar la caja de todos modos? El carrito se queda en esta caja y vuelve cuando la caja se inicie de nuevo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for your shops…</source>
        <translation>Buscando sus tiendas…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The catalog was not downloaded yet: {reason}</source>
        <translation>El catálogo aún no se ha descargado: {reason}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{name} can now sign in as {role}.</source>
        <translation>{name} ya puede entrar como {role}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Settings saved. The screens speak {language} from the next start.</source>
        <translation>Ajustes guardados. Las pantallas estarán en {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>releasing this station (pair again afterwards)</source>
        <translation>la liberación de esta caja (después vuelva a emparejarla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release station</source>
        <translation>Liberar caja</translation>
    </message>
</context>
</TS>
