<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="+19"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone new at this till. Their PIN is stored as a salted hash only.</source>
        <translation>Une nouvelle personne à cette caisse. Son code PIN n’est conservé que sous forme de hachage salé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their P&amp;IN</source>
        <translation>Son code P&amp;IN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approving &amp;manager</source>
        <translation>&amp;Responsable qui approuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager&apos;s PI&amp;N</source>
        <translation>Code PI&amp;N du responsable</translation>
    </message>
</context>
<context>
    <name>ApprovalAsker</name>
    <message>
        <location filename="../../ui/approvals.py" line="+56"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../ui/words.py" line="+104"/>
        <source>Manager&apos;s approval</source>
        <translation>Accord d&apos;un responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approval used</source>
        <translation>Accord utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval refused</source>
        <translation>Accord refusé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log read</source>
        <translation>Journal d&apos;audit consulté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blind close changed</source>
        <translation>Clôture à l&apos;aveugle modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind count</source>
        <translation>Comptage à l&apos;aveugle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recount</source>
        <translation>Nouveau comptage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person added</source>
        <translation>Personne ajoutée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer added</source>
        <translation>Client ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer opened</source>
        <translation>Tiroir ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash in</source>
        <translation>Entrée d&apos;espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>Sortie d&apos;espèces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price override</source>
        <translation>Prix modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Void</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station paired</source>
        <translation>Poste associé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station released</source>
        <translation>Poste libéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cart parked</source>
        <translation>Panier mis en attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cart resumed</source>
        <translation>Panier repris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked cart deleted</source>
        <translation>Panier en attente supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong PIN</source>
        <translation>PIN erroné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN locked</source>
        <translation>PIN bloqué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy changed</source>
        <translation>Règles modifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station provisioned</source>
        <translation>Poste préparé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session opened</source>
        <translation>Session ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session closed</source>
        <translation>Session clôturée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>Réglages modifiés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed by a person</source>
        <translation>Confirmé par une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by Final POS</source>
        <translation>Refusé par Final POS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed by Final POS</source>
        <translation>Non confirmé par Final POS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent again</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate found</source>
        <translation>Doublon trouvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate removed</source>
        <translation>Doublon supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals differ on Final POS</source>
        <translation>Totaux différents dans Final POS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background task restarted</source>
        <translation>Tâche de fond relancée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold beyond the stock</source>
        <translation>Vendu au-delà du stock</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/audit_view.py" line="+36"/>
        <source>its content was changed after it was written</source>
        <translation>son contenu a été modifié après son écriture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not follow the entry before it</source>
        <translation>elle ne suit pas l&apos;entrée précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an entry before it was deleted</source>
        <translation>une entrée précédente a été supprimée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the protection against changes was removed</source>
        <translation>la protection contre les modifications a été retirée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n entries, each chained to the one before it: nothing was changed or taken out.</source>
        <translation>
            <numerusform>%n entrée, chaînée à la précédente : rien n&apos;a été modifié ni retiré.</numerusform>
            <numerusform>%n entrées, chacune chaînée à la précédente : rien n&apos;a été modifié ni retiré.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log was changed behind the register&apos;s back at entry #{entry}: {problem}.</source>
        <translation>Le journal d&apos;audit a été modifié à l&apos;insu de la caisse à l&apos;entrée n° {entry} : {problem}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries check out before the break.</source>
        <translation>
            <numerusform>%n entrée est correcte avant la rupture.</numerusform>
            <numerusform>%n entrées sont correctes avant la rupture.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CartTable</name>
    <message>
        <location filename="../../ui/cart_table.py" line="+53"/>
        <source>Scan a barcode, tap a product on the left, or search (F3) to start a sale.</source>
        <translation>Scannez un code-barres, touchez un produit à gauche ou cherchez (F3) pour commencer une vente.</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../ui/cart_model.py" line="+28"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total</source>
        <translation>Total ligne</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>sale, was {price}</source>
        <translation>promo, au lieu de {price}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price changed from {price}</source>
        <translation>prix modifié, au lieu de {price}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>note: {note}</source>
        <translation>note : {note}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cart discount</source>
        <translation>Remise panier</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../ui/cash_dialog.py" line="+19"/>
        <source>Cash out</source>
        <translation>Sortie d’espèces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash in</source>
        <translation>Entrée d’espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money taken out of the drawer (a supplier paid, a bank drop). A manager approves it.</source>
        <translation>Argent sorti du tiroir (un fournisseur payé, un dépôt à la banque). Un responsable l’approuve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money put into the drawer (change from the bank, a top-up).</source>
        <translation>Argent mis dans le tiroir (monnaie de la banque, un complément).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take cash out</source>
        <translation>Sortir les espèces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put cash in</source>
        <translation>Entrer les espèces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Amount ({currency})</source>
        <translation>&amp;Montant ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason</source>
        <translation>Mo&amp;tif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is it for?</source>
        <translation>À quoi sert-il ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager&apos;s name</source>
        <translation>Nom du responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager &amp;PIN</source>
        <translation>Code &amp;PIN du responsable</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <location filename="../../ui/catalog_panel.py" line="+191"/>
        <location line="+231"/>
        <source>no price</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>{price} sale, was {regular}</source>
        <translation>{price} promo, au lieu de {regular}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{price} sale</source>
        <translation>{price} promo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from {price}</source>
        <translation>dès {price}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Out of stock</source>
        <translation>En rupture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} in stock</source>
        <translation>{count} en stock</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <source>Search by name, SKU or barcode</source>
        <translation>Chercher par nom, SKU ou code-barres</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(first {shown} of {count}: search for the rest)</source>
        <translation>({shown} premiers sur {count} : cherchez les autres)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n options</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{quantity} ×: the next item comes {quantity} times</source>
        <translation>{quantity} × : l’article suivant est ajouté {quantity} fois</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing matches “{text}”.</source>
        <translation>Rien ne correspond à « {text} ».</translation>
    </message>
</context>
<context>
    <name>CloseSessionView</name>
    <message>
        <location filename="../../ui/close_session_view.py" line="+54"/>
        <source>Close the session</source>
        <translation>Clôturer la session</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Optional: explain a difference, a jammed drawer…</source>
        <translation>Facultatif : expliquez un écart, un tiroir bloqué…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing &amp;note</source>
        <translation>&amp;Note de clôture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm counts</source>
        <translation>Valider les comptes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close session</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close session {number}</source>
        <translation>Clôturer la session {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the drawer and type what the card terminal&apos;s batch says. The expected amounts appear after you confirm the counts (blind close).</source>
        <translation>Comptez le tiroir et saisissez ce qu’indique le lot du terminal de paiement. Les montants attendus apparaissent une fois les comptes validés (clôture à l’aveugle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the drawer and type what the card terminal&apos;s batch says, then confirm the counts.</source>
        <translation>Comptez le tiroir et saisissez ce qu’indique le lot du terminal de paiement, puis validez les comptes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{method} counted</source>
        <translation>{method} compté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(expected {amount})</source>
        <translation>(attendu {amount})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected cash: {amount}</source>
        <translation>Espèces attendues : {amount}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{method}: type what was counted (0 if there is none), then confirm the counts.</source>
        <translation>{method} : saisissez ce qui a été compté (0 s’il n’y a rien), puis confirmez les comptages.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over / short</source>
        <translation>Excédent / manque</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The counts are recorded. Explain any difference in the note, then close the session with a manager&apos;s PIN.</source>
        <translation>Les comptes sont enregistrés. Expliquez tout écart dans la note, puis clôturez la session avec le code PIN d’un responsable.</translation>
    </message>
</context>
<context>
    <name>CoreFields</name>
    <message>
        <location filename="../../ui/errors.py" line="+147"/>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percentage</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>discount</source>
        <translation>remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tip</source>
        <translation>pourboire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee</source>
        <translation>frais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opened by</source>
        <translation>ouverte par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed by</source>
        <translation>clôturée par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cash in</source>
        <translation>entrée d’espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>cash out</source>
        <translation>sortie d’espèces</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>counted cash</source>
        <translation>espèces comptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>increment</source>
        <translation>pas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>closing the session</source>
        <translation>la clôture de la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>releasing the station</source>
        <translation>la libération de la caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adding a person</source>
        <translation>l’ajout d’une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a price override</source>
        <translation>une modification de prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a refund</source>
        <translation>un remboursement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing the receipt printer</source>
        <translation>le changement d’imprimante de tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing the settings</source>
        <translation>la modification des réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selling beyond stock</source>
        <translation>la vente au-delà du stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voiding the cart</source>
        <translation>l’annulation du panier</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location line="-139"/>
        <source>{what}: not a number</source>
        <translation>{what} : ce n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: &apos;{text}&apos; has a comma; use a dot for decimals ({hint})</source>
        <translation>{what} : « {text} » contient une virgule ; utilisez un point pour les décimales ({hint})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: &apos;{text}&apos; has a comma; use a dot for decimals</source>
        <translation>{what} : « {text} » contient une virgule ; utilisez un point pour les décimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: &apos;{text}&apos; is not a number</source>
        <translation>{what} : « {text} » n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity: must be more than zero (to take an item off, remove the line)</source>
        <translation>quantité : elle doit être supérieure à zéro (pour enlever un article, supprimez la ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity: {quantity} is more than the register accepts ({most})</source>
        <translation>quantité : {quantity} dépasse ce que la caisse accepte ({most})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity: at most 3 decimals</source>
        <translation>quantité : 3 décimales au plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity: {name} is sold by the piece; type a whole number</source>
        <translation>quantité : {name} se vend à la pièce ; saisissez un nombre entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: must be more than zero</source>
        <translation>{what} : doit être supérieur à zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: must be between 0 and 100</source>
        <translation>{what} : doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cash session is open. Open one with a counted float first.</source>
        <translation>Aucune session de caisse n’est ouverte. Ouvrez-en une d’abord avec le fonds de caisse compté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: a name is needed</source>
        <translation>{what} : un nom est nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session is already open on this station; close it first.</source>
        <translation>Une session est déjà ouverte sur cette caisse ; clôturez-la d’abord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason: say why the cash moved</source>
        <translation>motif : dites pourquoi les espèces ont bougé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash out: the drawer should hold only {amount}</source>
        <translation>sortie d’espèces : le tiroir ne devrait contenir que {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN: 4 to 8 digits</source>
        <translation>Code PIN : 4 à 8 chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: needed</source>
        <translation>nom : obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first person on a station must be a manager</source>
        <translation>la première personne d’une caisse doit être responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is already on this station</source>
        <translation>{name} est déjà sur cette caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs for {name}: wait a minute and try again.</source>
        <translation>Trop de codes PIN erronés pour {name} : attendez une minute et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That name and PIN do not match.</source>
        <translation>Ce nom et ce code PIN ne correspondent pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a manager; a manager must approve {action}.</source>
        <translation>{name} n’est pas responsable ; un responsable doit approuver {action}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A manager must approve {action}.</source>
        <translation>Un responsable doit approuver {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} may not approve {action}.</source>
        <translation>{name} ne peut pas approuver {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That approval cannot be used: it was not made by this register.</source>
        <translation>Cette approbation ne peut pas servir : elle n’a pas été faite par cette caisse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That approval cannot be used: it is for something else.</source>
        <translation>Cette approbation ne peut pas servir : elle est pour autre chose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That approval cannot be used: it was used already.</source>
        <translation>Cette approbation ne peut pas servir : elle a déjà servi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That approval cannot be used: it is more than five minutes old.</source>
        <translation>Cette approbation ne peut pas servir : elle a plus de cinq minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That approval cannot be used: it is for a smaller amount.</source>
        <translation>Cette approbation ne peut pas servir : elle est pour un montant plus petit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role: one of {roles}</source>
        <translation>rôle : l’un de {roles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>managers must keep the right to change the policy</source>
        <translation>les responsables doivent garder le droit de changer les règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count the drawer before closing the session</source>
        <translation>comptez le tiroir avant de clôturer la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the drawer was counted already: a different count is a recount, which a manager approves</source>
        <translation>le tiroir a déjà été compté : un autre comptage est un recomptage, qu’un responsable approuve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} is paid already and this would bring the total to {amount_total}: take a payment back first</source>
        <translation>{amount} sont déjà payés et le total passerait à {amount_total} : annulez d’abord un paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product has the code &apos;{code}&apos;.</source>
        <translation>Aucun produit n’a le code « {code} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no price; sell it as a custom sale</source>
        <translation>{name} n’a pas de prix ; vendez-le en vente libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount: give a percentage or an amount</source>
        <translation>remise : indiquez un pourcentage ou un montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discount: give a percentage or an amount, not both</source>
        <translation>remise : indiquez un pourcentage ou un montant, pas les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cart is empty: there is nothing to tip on</source>
        <translation>le panier est vide : il n’y a rien sur quoi laisser un pourboire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tip can only be changed before any payment is taken; remove the payments first</source>
        <translation>le pourboire ne se change qu’avant tout paiement ; retirez d’abord les paiements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tip: give a percentage or an amount, not both</source>
        <translation>pourboire : indiquez un pourcentage ou un montant, pas les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer: a first and a last name are needed</source>
        <translation>client : un prénom et un nom sont nécessaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer: &apos;{email}&apos; is not an email address</source>
        <translation>client : « {email} » n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cart is empty</source>
        <translation>le panier est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sale is already paid</source>
        <translation>la vente est déjà payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{method}: {amount} is more than the {amount_due} due</source>
        <translation>{method} : {amount} dépasse les {amount_due} dus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing to complete: the cart is empty</source>
        <translation>rien à terminer : le panier est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} is still due</source>
        <translation>il reste {amount} à payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payments ({amount}) are more than the total ({amount_total}): take a payment back first</source>
        <translation>les paiements ({amount}) dépassent le total ({amount_total}) : annulez d’abord un paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finish or park the current cart first</source>
        <translation>terminez ou suspendez d’abord le panier en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payments are taken on this sale: take them back before voiding it</source>
        <translation>des paiements sont pris sur cette vente : annulez-les avant d’annuler la vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: only {quantity} in stock and it cannot be backordered</source>
        <translation>{name} : seulement {quantity} en stock, sans commande en attente possible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} is in use by {holder}; a manager must release it there first.</source>
        <translation>{station} est utilisée par {holder} ; un responsable doit d’abord la libérer là-bas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the cash session before releasing the station.</source>
        <translation>Clôturez la session de caisse avant de libérer la caisse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This register is not paired with a station yet.</source>
        <translation>Cette caisse n’est encore associée à aucun poste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No order with receipt &apos;{receipt}&apos; was sold on this station.</source>
        <translation>Aucune commande avec le ticket « {receipt} » n’a été vendue sur cette caisse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: the order has no such line</source>
        <translation>ligne {line} : la commande n’a pas cette ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: only {quantity} left to refund</source>
        <translation>{name} : il ne reste que {quantity} à rembourser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing left to refund on this order</source>
        <translation>il ne reste rien à rembourser sur cette commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{code}&apos; is not a receipt number.</source>
        <translation>&apos;{code}&apos; n’est pas un numéro de ticket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sale with receipt &apos;{receipt}&apos; was found on this station or among the store&apos;s recent orders on Final POS.</source>
        <translation>Aucune vente avec le ticket &apos;{receipt}&apos; n’a été trouvée sur cette caisse ni parmi les commandes récentes du magasin sur Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cart is empty: nothing to park</source>
        <translation>le panier est vide : rien à suspendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take the payments back off before parking</source>
        <translation>retirez les paiements avant de suspendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer did not answer within {seconds} s. Is it on? The sale is saved; print the receipt again when it is back.</source>
        <translation>L’imprimante n’a pas répondu en {seconds} s. Est-elle allumée ? La vente est enregistrée ; réimprimez le ticket quand elle sera revenue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not print on the network printer at {printer} ({reason}). Check that it is on, connected and has paper. The sale is saved; print the receipt again when it is ready.</source>
        <translation>Impossible d’imprimer sur l’imprimante réseau {printer} ({reason}). Vérifiez qu’elle est allumée, connectée et qu’elle a du papier. La vente est enregistrée ; réimprimez le ticket quand elle sera prête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not print on the printer on {printer} ({reason}). Check that it is on, connected and has paper. The sale is saved; print the receipt again when it is ready.</source>
        <translation>Impossible d’imprimer sur l’imprimante de {printer} ({reason}). Vérifiez qu’elle est allumée, connectée et qu’elle a du papier. La vente est enregistrée ; réimprimez le ticket quand elle sera prête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not print on the USB printer {printer} ({reason}). Check that it is on, connected and has paper. The sale is saved; print the receipt again when it is ready.</source>
        <translation>Impossible d’imprimer sur l’imprimante USB {printer} ({reason}). Vérifiez qu’elle est allumée, connectée et qu’elle a du papier. La vente est enregistrée ; réimprimez le ticket quand elle sera prête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drawer did not open: the printer did not answer within {seconds} s. Is it on?</source>
        <translation>Le tiroir ne s’est pas ouvert : l’imprimante n’a pas répondu en {seconds} s. Est-elle allumée ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open the drawer through the network printer at {printer} ({reason}). Check that the printer is on and connected; open the drawer with its key meanwhile.</source>
        <translation>Impossible d’ouvrir le tiroir par l’imprimante réseau {printer} ({reason}). Vérifiez que l’imprimante est allumée et connectée ; en attendant, ouvrez le tiroir avec sa clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open the drawer through the printer on {printer} ({reason}). Check that the printer is on and connected; open the drawer with its key meanwhile.</source>
        <translation>Impossible d’ouvrir le tiroir par l’imprimante sur {printer} ({reason}). Vérifiez que l’imprimante est allumée et connectée ; en attendant, ouvrez le tiroir avec sa clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open the drawer through the USB printer {printer} ({reason}). Check that the printer is on and connected; open the drawer with its key meanwhile.</source>
        <translation>Impossible d’ouvrir le tiroir par l’imprimante USB {printer} ({reason}). Vérifiez que l’imprimante est allumée et connectée ; en attendant, ouvrez le tiroir avec sa clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt printer is set up, so the drawer cannot be opened from here: open it with its key.</source>
        <translation>Aucune imprimante de tickets n’est configurée : le tiroir ne peut pas s’ouvrir d’ici, ouvrez-le avec sa clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer profile &apos;{profile}&apos; is not known: choose default or a printer model such as TM-T88V</source>
        <translation>profil d’imprimante &apos;{profile}&apos; inconnu : choisissez default ou un modèle d’imprimante comme TM-T88V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer profile &apos;{profile}&apos; has no code page the register can use</source>
        <translation>le profil d’imprimante &apos;{profile}&apos; n’a aucune page de codes utilisable par la caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper {width} mm: the register prints on 80 mm or 58 mm rolls</source>
        <translation>papier de {width} mm : la caisse imprime sur des rouleaux de 80 mm ou 58 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer &apos;{printer}&apos;: a network printer needs a host (tcp://HOST:9100)</source>
        <translation>imprimante « {printer} » : une imprimante réseau a besoin d’un hôte (tcp://HÔTE:9100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer &apos;{printer}&apos;: a serial printer needs a device (serial:///dev/ttyUSB0)</source>
        <translation>imprimante « {printer} » : une imprimante série a besoin d’un périphérique (serial:///dev/ttyUSB0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer &apos;{printer}&apos;: a USB printer is usb://VENDOR:PRODUCT in hex</source>
        <translation>imprimante « {printer} » : une imprimante USB s’écrit usb://FABRICANT:PRODUIT en hexadécimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printer &apos;{printer}&apos;: use tcp://, serial:// or usb://</source>
        <translation>imprimante « {printer} » : utilisez tcp://, serial:// ou usb://</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customer_dialog.py" line="+38"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, email or phone and press Enter to attach. Or create a new customer with the fields below.</source>
        <translation>Cherchez par nom, e-mail ou téléphone et appuyez sur Entrée pour l’associer. Ou créez un nouveau client avec les champs ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and attach</source>
        <translation>Créer et associer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name, email or phone</source>
        <translation>nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach</source>
        <translation>Associer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detach {name}</source>
        <translation>Dissocier {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
</context>
<context>
    <name>CustomerDisplayWindow</name>
    <message>
        <location filename="../../ui/customer_display.py" line="+25"/>
        <source>Customer display</source>
        <translation>Afficheur client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to {store}</source>
        <translation>Bienvenue chez {store}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s items</source>
        <translation>Les articles du client</translation>
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
        <translation>Remis</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Change</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
</context>
<context>
    <name>DenominationCounterPanel</name>
    <message>
        <location filename="../../ui/counter_panel.py" line="+75"/>
        <source>Counted total, for example {example}</source>
        <translation>Total compté, par exemple {example}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bills</source>
        <translation>Billets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coins</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Number of {value} bills</source>
        <translation>Nombre de billets de {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of {value} coins</source>
        <translation>Nombre de pièces de {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one more {value}</source>
        <translation>un de plus de {value}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one less {value}</source>
        <translation>un de moins de {value}</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>counted cash</source>
        <translation>espèces comptées</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Counted cash: {amount}</source>
        <translation>Espèces comptées : {amount}</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <location filename="../../ui/widgets.py" line="+200"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DisplayFlow</name>
    <message>
        <location filename="../../ui/display_flow.py" line="+43"/>
        <source>Customer display closed.</source>
        <translation>Afficheur client fermé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer display open on the second screen (Ctrl+D closes it).</source>
        <translation>Afficheur client ouvert sur le second écran (Ctrl+D le ferme).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no second screen: the customer display opened behind the register window. Connect a screen and it goes there (Ctrl+D closes it).</source>
        <translation>Il n’y a pas de second écran : l’afficheur client s’est ouvert derrière la fenêtre de la caisse. Branchez un écran et il s’y placera (Ctrl+D le ferme).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+87"/>
        <source>The Final POS server cannot be reached. Check the network; the register keeps working offline and sends everything later.</source>
        <translation>Le serveur Final POS est injoignable. Vérifiez le réseau ; la caisse continue de fonctionner hors ligne et enverra tout plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Final POS server did not answer in time. Try again in a moment.</source>
        <translation>Le serveur Final POS n’a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key was refused. Check the key in your Final POS account settings.</source>
        <translation>La clé d’API a été refusée. Vérifiez la clé dans les réglages de votre compte Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key may not do that. Check its permissions in your Final POS account.</source>
        <translation>Cette clé d’API n’a pas le droit de faire cela. Vérifiez ses autorisations dans votre compte Final POS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this record any more (it may have been deleted).</source>
        <translation>Le serveur ne connaît plus cet enregistrement (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks the register to slow down. Try again in a minute.</source>
        <translation>Le serveur demande à la caisse de ralentir. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Final POS server had a problem. Try again in a moment.</source>
        <translation>Le serveur Final POS a rencontré un problème. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered something the register does not understand. It was logged.</source>
        <translation>Le serveur a répondu quelque chose que la caisse ne comprend pas. C’est consigné dans le journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk of this computer is full. Free some space: nothing was lost.</source>
        <translation>Le disque de cet ordinateur est plein. Libérez de la place : rien n’est perdu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register&apos;s local data file is damaged. Call support before going on.</source>
        <translation>Le fichier de données local de la caisse est endommagé. Appelez l’assistance avant de continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another copy of the register is using this station&apos;s data. Close it first.</source>
        <translation>Une autre copie de la caisse utilise les données de ce poste. Fermez-la d’abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This station&apos;s data was written by a newer register. Update the register.</source>
        <translation>Les données de ce poste ont été écrites par une caisse plus récente. Mettez la caisse à jour.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Something went wrong ({kind}: {error}). It was written to the log.</source>
        <translation>Un problème est survenu ({kind} : {error}). Il est consigné dans le journal.</translation>
    </message>
</context>
<context>
    <name>ExtrasFlow</name>
    <message>
        <location filename="../../ui/extras_flow.py" line="+34"/>
        <source>Apply discount</source>
        <translation>Appliquer la remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Percent off</source>
        <translation>&amp;Pourcentage de remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 for {percent}</source>
        <translation>10 pour {percent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount off</source>
        <translation>&amp;Montant de remise</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Line note</source>
        <translation>Note de ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note on {name}, printed on the receipt (empty: none).</source>
        <translation>Une note sur {name}, imprimée sur le ticket (vide : aucune).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Price override</source>
        <translation>Modification du prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new unit price for {name} (now {price}). A manager approves.</source>
        <translation>Un nouveau prix unitaire pour {name} (actuellement {price}). Un responsable l’approuve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override price</source>
        <translation>Modifier le prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit price</source>
        <translation>Prix &amp;unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Custom sale</source>
        <translation>Vente libre</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>An item that is not in the catalog, at the price you type. Untick taxable for an untaxed item.</source>
        <translation>Un article absent du catalogue, au prix que vous saisissez. Décochez « taxable » pour un article non taxé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to cart</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Taxable</source>
        <translation>&amp;Taxable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A fee on the whole sale (delivery, service), added to the total with its tax.</source>
        <translation>Des frais sur toute la vente (livraison, service), ajoutés au total avec leur taxe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now: {fees}. Leave the amount empty to take the fees off.</source>
        <translation>Actuellement : {fees}. Laissez le montant vide pour retirer les frais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add fee</source>
        <translation>Ajouter des frais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fee</source>
        <translation>frais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee: type an amount ({example}).</source>
        <translation>Frais : saisissez un montant ({example}).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Line discount</source>
        <translation>Remise sur la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount on {name}: a percentage OR an amount off the line.</source>
        <translation>Une remise sur {name} : un pourcentage OU un montant en moins sur la ligne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cart discount</source>
        <translation>Remise panier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount on the whole cart: a percentage OR an amount. Leave both empty to take the cart discount off.</source>
        <translation>Une remise sur tout le panier : un pourcentage OU un montant. Laissez les deux vides pour retirer la remise.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../ui/first_run_view.py" line="+32"/>
        <source>Welcome to Register</source>
        <translation>Bienvenue dans Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer is not set up yet. Try the demo shop to learn the register without touching real money, or connect your Final POS account.</source>
        <translation>Cet ordinateur n’est pas encore configuré. Essayez la boutique de démonstration pour apprendre la caisse sans argent réel, ou connectez votre compte Final POS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo shop</source>
        <translation>Boutique de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A realistic coffee shop runs on this computer. Nothing leaves it; everything is practice.</source>
        <translation>Un café réaliste tourne sur cet ordinateur. Rien n’en sort ; tout est entraînement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the demo</source>
        <translation>Lancer la démo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My Final POS account</source>
        <translation>Mon compte Final POS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the API key from your Final POS account settings. It is kept in this computer&apos;s key store, never in a file.</source>
        <translation>Collez la clé d’API des réglages de votre compte Final POS. Elle est conservée dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no key store, so a key typed here works only until the register closes. For a station that keeps it, IT sets FINALPOS_API_KEY in the service that starts the register (see &quot;Stations without a key store&quot; in the README).</source>
        <translation>Cet ordinateur n’a pas de trousseau de clés : une clé saisie ici ne vaut que jusqu’à la fermeture de la caisse. Pour un poste qui la garde, l’informatique définit FINALPOS_API_KEY dans le service qui lance la caisse (voir « Stations without a key store » dans le README).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key</source>
        <translation>&amp;Clé d’API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Store &amp;currency</source>
        <translation>&amp;Devise du magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash &amp;rounding</source>
        <translation>&amp;Arrondi des espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The currency the store sells in and the step cash payments are rounded to (0.05 in Switzerland or Canada; empty for none). Set once: every price, payment, receipt and report uses them.</source>
        <translation>La devise dans laquelle vend le magasin et le pas d’arrondi des paiements en espèces (0,05 en Suisse ou au Canada ; vide pour aucun). Fixés une fois : chaque prix, paiement, ticket et rapport les utilise.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Server: an address starting with https:// is needed (plain http only to this computer, so the API key never travels in clear text).</source>
        <translation>Serveur : une adresse commençant par https:// est nécessaire (http simple seulement vers cet ordinateur, pour que la clé d’API ne circule jamais en clair).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key: paste the key from your Final POS account.</source>
        <translation>Clé d’API : collez la clé de votre compte Final POS.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cash rounding: a step such as {example} in {currency}, or empty for none.</source>
        <translation>Arrondi des espèces : un pas comme {example} en {currency}, ou vide pour aucun.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+53"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
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
        <translation>À propos de Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register {version}

A point-of-sale register for the Final POS cloud.
Mode: {mode}.  Keys: Ctrl+Shift+A shows this box.</source>
        <translation>Register {version}

Une caisse enregistreuse pour le cloud Final POS.
Mode : {mode}.  Touches : Ctrl+Shift+A affiche cette fenêtre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo mode</source>
        <translation>Mode démonstration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Close the register?</source>
        <translation>Fermer la caisse ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep selling</source>
        <translation>Continuer la vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the register</source>
        <translation>Fermer la caisse</translation>
    </message>
</context>
<context>
    <name>ManagerApprovalDialog</name>
    <message>
        <location filename="../../ui/approval_dialog.py" line="+17"/>
        <source>Manager approval</source>
        <translation>Approbation du responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager approves {action}: type the manager&apos;s name and PIN.</source>
        <translation>Un responsable approuve {action} : saisissez le nom et le code PIN du responsable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
</context>
<context>
    <name>OpenSessionView</name>
    <message>
        <location filename="../../ui/open_session_view.py" line="+31"/>
        <source>Open a cash session</source>
        <translation>Ouvrir une session de caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the float in the drawer: type how many of each bill and coin (Tab moves on, Up/Down add or take one) or tap + and −.</source>
        <translation>Comptez le fonds de caisse du tiroir : saisissez le nombre de chaque billet et pièce (Tab avance, Haut/Bas en ajoutent ou retirent un) ou touchez + et −.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: anything the closing manager should know</source>
        <translation>Facultatif : ce que le responsable de la clôture doit savoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening &amp;note</source>
        <translation>&amp;Note d’ouverture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open session</source>
        <translation>Ouvrir la session</translation>
    </message>
</context>
<context>
    <name>OrdersFlow</name>
    <message>
        <location filename="../../ui/orders_flow.py" line="+71"/>
        <source>Park this cart</source>
        <translation>Suspendre ce panier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cart is kept on this station; resume it later from Parked (F9).</source>
        <translation>Le panier est gardé sur cette caisse ; reprenez-le plus tard depuis Suspendus (F9).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer&apos;s name, what they went to fetch…</source>
        <translation>nom du client, ce qu’il est allé chercher…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cart parked: {note}. Parked (F9) brings it back.</source>
        <translation>Panier suspendu : {note}. Suspendus (F9) le ramène.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no note)</source>
        <translation>(sans note)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Parked cart resumed.</source>
        <translation>Panier suspendu repris.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Find a receipt</source>
        <translation>Trouver un ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the receipt&apos;s code or type its number (R…): its sale opens for a refund, whichever session or till sold it.</source>
        <translation>Scannez le code du ticket ou tapez son numéro (R…) : sa vente s’ouvre pour un remboursement, quelle que soit la session ou la caisse qui l’a vendue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Trouver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Receipt</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type how many of at least one line come back.</source>
        <translation>Saisissez combien reviennent pour au moins une ligne.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refunded {amount} of {receipt}: {payments}.</source>
        <translation>{amount} remboursés sur {receipt} : {payments}.</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../ui/orders_view.py" line="+30"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Commandes de cette session</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Reprint a receipt, or refund an order (a manager approves). Scan a receipt, or find it (F3), to refund a sale of any session or till.</source>
        <translation>Réimprimez un ticket ou remboursez une commande (un responsable approuve). Scannez un ticket, ou cherchez-le (F3), pour rembourser une vente de n’importe quelle session ou caisse.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back to the cart</source>
        <translation>Retour au panier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Every session</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Find a receipt</source>
        <translation>Trouver un ticket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reprint receipt</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Orders of every session of this station</source>
        <translation>Commandes de toutes les sessions de cette caisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session</source>
        <translation>Cette session</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>of {receipt}</source>
        <translation>du {receipt}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
</context>
<context>
    <name>OtherPaymentDialog</name>
    <message>
        <location filename="../../ui/tender_dialog.py" line="+38"/>
        <source>Other payment</source>
        <translation>Autre paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does the customer pay? Then the amount (empty: the {due} due) and the number on the card, check or voucher.</source>
        <translation>Comment le client paie-t-il ? Puis le montant (vide : les {due} dus) et le numéro de la carte, du chèque ou du bon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take payment</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: {due}</source>
        <translation>vide : {due}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>optional: the {reference}</source>
        <translation>facultatif : {reference}</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../ui/words.py" line="-34"/>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash session</source>
        <translation>session de caisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>station change</source>
        <translation>changement de poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
</context>
<context>
    <name>ParkedCartsDialog</name>
    <message>
        <location filename="../../ui/parked_dialog.py" line="+31"/>
        <location line="+8"/>
        <source>Parked carts</source>
        <translation>Paniers suspendus</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Pick a cart and press Enter to bring it back (the current cart must be empty).</source>
        <translation>Choisissez un panier et appuyez sur Entrée pour le reprendre (le panier en cours doit être vide).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{time}   {note}   —   {count} items, {total}</source>
        <translation>{time}   {note}   —   {count} articles, {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no note)</source>
        <translation>(sans note)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cart is parked.</source>
        <translation>Aucun panier suspendu.</translation>
    </message>
</context>
<context>
    <name>PaymentFlow</name>
    <message>
        <location filename="../../ui/payment_flow.py" line="+58"/>
        <source>The cart is empty: scan or pick something first.</source>
        <translation>Le panier est vide : scannez ou choisissez d’abord un article.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scanned: {name} added; {amount} is due now.</source>
        <translation>Scanné : {name} ajouté ; il reste {amount} à payer.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Sale {receipt} complete: {total}.</source>
        <translation>Vente {receipt} terminée : {total}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change due: {amount}.</source>
        <translation>Monnaie à rendre : {amount}.</translation>
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
        <translation>Pourboire (dans le total)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in cash (rounded)</source>
        <translation>Dû en espèces (arrondi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change due</source>
        <translation>Monnaie à rendre</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payments taken (select one and press Remove to take it back):</source>
        <translation>Paiements encaissés (sélectionnez-en un et appuyez sur Retirer pour l’annuler) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments taken</source>
        <translation>Paiements encaissés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove payment</source>
        <translation>Retirer le paiement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: exactly what is due; Enter takes it in cash</source>
        <translation>vide : exactement le dû ; Entrée l’encaisse en espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the card terminal&apos;s approval or receipt number</source>
        <translation>le numéro d’autorisation ou de ticket du terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card &amp;reference</source>
        <translation>&amp;Référence carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash handed over:</source>
        <translation>Espèces remises :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card (terminal)</source>
        <translation>Carte (terminal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other payment</source>
        <translation>Autre paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift card, check, voucher, store credit</source>
        <translation>Carte cadeau, chèque, bon, avoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Tip</source>
        <translation>Pourboire</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Back to the cart</source>
        <translation>Retour au panier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete sale</source>
        <translation>Terminer la vente</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(change {amount})</source>
        <translation>(monnaie {amount})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ref. {reference}</source>
        <translation>réf. {reference}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exact {amount}</source>
        <translation>Exact {amount}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A tip is added before any payment: remove the payments to change it</source>
        <translation>Le pourboire s’ajoute avant tout paiement : retirez les paiements pour le modifier</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../ui/words.py" line="-78"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>Carte de débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift card</source>
        <translation>Carte cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Terminal reference</source>
        <translation>Référence du terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift card number</source>
        <translation>Numéro de carte cadeau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check number</source>
        <translation>Numéro de chèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher code</source>
        <translation>Code du bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note number</source>
        <translation>Numéro d’avoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets.py" line="+169"/>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the field</source>
        <translation>Vider le champ</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../../ui/words.py" line="+17"/>
        <source>voiding a line</source>
        <translation>l’annulation d’une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voiding after a payment</source>
        <translation>une annulation après un paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voiding the sale</source>
        <translation>l’annulation de la vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line discount</source>
        <translation>une remise sur une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cart discount</source>
        <translation>une remise sur le panier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a price override</source>
        <translation>un changement de prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a custom sale</source>
        <translation>une vente libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a refund</source>
        <translation>un remboursement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash in</source>
        <translation>une entrée d’espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash out</source>
        <translation>une sortie d’espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening the drawer</source>
        <translation>l’ouverture du tiroir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the X report</source>
        <translation>le rapport X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turning blind close off</source>
        <translation>la désactivation de la clôture à l’aveugle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing the session</source>
        <translation>la clôture de la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a recount</source>
        <translation>un recomptage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adding a person</source>
        <translation>l’ajout d’une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>releasing the station</source>
        <translation>la libération du poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing who may do what</source>
        <translation>le changement de qui peut faire quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit log</source>
        <translation>le journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changing the settings</source>
        <translation>le changement des réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selling beyond the stock</source>
        <translation>vendre au-delà du stock</translation>
    </message>
</context>
<context>
    <name>PriceCheckDialog</name>
    <message>
        <location filename="../../ui/price_check_dialog.py" line="+36"/>
        <location line="+5"/>
        <source>Price check</source>
        <translation>Voir le prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the item, or type its name, SKU or barcode. Nothing is added to the sale.</source>
        <translation>Scannez l’article, ou saisissez son nom, son SKU ou son code-barres. Rien n’est ajouté à la vente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name, SKU or barcode</source>
        <translation>nom, SKU ou code-barres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item to check</source>
        <translation>Article à vérifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items found</source>
        <translation>Articles trouvés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No product has the code “{code}”.</source>
        <translation>Aucun produit n’a le code « {code} ».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no price</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On sale: the regular price is {price}.</source>
        <translation>En promotion : le prix normal est {price}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be sold without a manager</source>
        <translation>ne peut être vendu sans un responsable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode {code}</source>
        <translation>Code-barres {code}</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <location filename="../../ui/receipt_flow.py" line="+39"/>
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ESC/POS receipt printer: tcp://HOST:9100 (network), serial:///dev/ttyUSB0 or usb://VENDOR:PRODUCT; empty for none. Choose its model (default suits most Epson-compatible printers) and the paper roll. A manager approves.</source>
        <translation>L’imprimante de tickets ESC/POS : tcp://HOTE:9100 (réseau), serial:///dev/ttyUSB0 ou usb://FABRICANT:PRODUIT ; vide s’il n’y en a pas. Choisissez son modèle (default convient à la plupart des imprimantes compatibles Epson) et le rouleau de papier. Un responsable approuve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save printer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rinter</source>
        <translation>&amp;Imprimante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer &amp;model</source>
        <translation>&amp;Modèle d’imprimante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{width} mm roll</source>
        <translation>Rouleau de {width} mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;per</source>
        <translation>Pa&amp;pier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
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
        <translation>REMBOURSEMENT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../../ui/report_html.py" line="+83"/>
        <source>TRAINING — NOT A SALE</source>
        <translation>FORMATION — CECI N’EST PAS UNE VENTE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>Pourboire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TOTAL {currency}</source>
        <translation>TOTAL {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>was {price}</source>
        <translation>au lieu de {price}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{tax} (included)</source>
        <translation>{tax} (incluse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval {code}</source>
        <translation>Autorisation {code}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ref. {code}</source>
        <translation>Réf. {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>card ending {digits}</source>
        <translation>carte se terminant par {digits}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund of</source>
        <translation>Remboursement de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REFUNDED {currency}</source>
        <translation>REMBOURSÉ {currency}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Total {currency}</source>
        <translation>Total {currency}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunded {currency}</source>
        <translation>Remboursé {currency}</translation>
    </message>
</context>
<context>
    <name>ReceiptFlow</name>
    <message>
        <location filename="../../ui/receipt_flow.py" line="+32"/>
        <source>Change due: {amount}</source>
        <translation>Monnaie à rendre : {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale {receipt} — {total}</source>
        <translation>Vente {receipt} — {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt {receipt} (copy)</source>
        <translation>Ticket {receipt} (copie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund of {receipt}</source>
        <translation>Remboursement de {receipt}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund of {receipt} (copy)</source>
        <translation>Remboursement de {receipt} (copie)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Printing the receipt…</source>
        <translation>Impression du ticket…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt printed; drawer opened.</source>
        <translation>Ticket imprimé ; tiroir ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt printed.</source>
        <translation>Ticket imprimé.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Receipts print on {printer}.</source>
        <translation>Les tickets s’impriment sur {printer}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt printer: receipts are shown on screen.</source>
        <translation>Pas d’imprimante de tickets : les tickets s’affichent à l’écran.</translation>
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
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New sale (Esc), or scan the next item</source>
        <translation>Nouvelle vente (Échap), ou scannez l’article suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipt again</source>
        <translation>Réimprimer le ticket</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/refund_dialog.py" line="+51"/>
        <source>Refund {receipt}</source>
        <translation>Rembourser {receipt}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Sold in this session.</source>
        <translation>Vendu pendant cette session.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold in an earlier session of this station.</source>
        <translation>Vendu lors d’une session précédente de cette caisse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold at another till of the store (found on Final POS).</source>
        <translation>Vendu à une autre caisse du magasin (trouvé sur Final POS).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How many of each line come back? 0 keeps the line. The money goes back to the original payment (cards first) unless you tick cash. Scan another receipt to refund that sale instead.</source>
        <translation>Combien d’articles de chaque ligne reviennent ? 0 garde la ligne. L’argent retourne au paiement d’origine (les cartes d’abord), sauf si vous cochez espèces. Scannez un autre ticket pour rembourser plutôt cette vente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}  (sold {quantity}, {total})</source>
        <translation>{name}  (vendus {quantity}, {total})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reason</source>
        <translation>Mo&amp;tif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>damaged, wrong size…</source>
        <translation>abîmé, mauvaise taille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the money back in &amp;cash</source>
        <translation>Rendre l’argent en &amp;espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
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
        <translation>La clé d’API n’est plus dans le trousseau de cet ordinateur. Collez-la à nouveau (ou définissez la variable d’environnement FINALPOS_API_KEY).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The provisioning file was not used: {reason}</source>
        <translation>Le fichier de provisionnement n’a pas été utilisé : {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This station is set up for {url}, but the API key is not in this computer&apos;s key store. Paste it (or set the FINALPOS_API_KEY environment variable).</source>
        <translation>Cette caisse est configurée pour {url}, mais la clé d’API n’est pas dans le trousseau de cet ordinateur. Collez-la (ou définissez la variable d’environnement FINALPOS_API_KEY).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This computer has no usable key store: the API key works until the register closes. Set the FINALPOS_API_KEY environment variable to keep it.</source>
        <translation>Cet ordinateur n’a pas de trousseau utilisable : la clé d’API fonctionne jusqu’à la fermeture de la caisse. Définissez la variable d’environnement FINALPOS_API_KEY pour la garder.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Starting the demo shop on this computer…</source>
        <translation>Démarrage de la boutique de démonstration sur cet ordinateur…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to Final POS…</source>
        <translation>Connexion à Final POS…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The register could not start: {reason}</source>
        <translation>La caisse n’a pas pu démarrer : {reason}</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../ui/report_view.py" line="+39"/>
        <location line="+3"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/report_html.py" line="-37"/>
        <source>Over {amount}</source>
        <translation>Excédent de {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short {amount}</source>
        <translation>Manque de {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even</source>
        <translation>Juste</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{time} by {name}</source>
        <translation>{time} par {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment methods</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+22"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cash in</source>
        <translation>Entrée d’espèces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash out</source>
        <translation>Sortie d’espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Counted at close</source>
        <translation>Compté à la clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over / short</source>
        <translation>Excédent / manque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross sales</source>
        <translation>Ventes brutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips</source>
        <translation>Pourboires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change given</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taxes by rate</source>
        <translation>Taxes par taux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tax collected.</source>
        <translation>Aucune taxe collectée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing note</source>
        <translation>Note de clôture</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/words.py" line="-32"/>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cashier</source>
        <translation>caissier</translation>
    </message>
</context>
<context>
    <name>SellFlow</name>
    <message>
        <location filename="../../ui/sell_flow.py" line="+194"/>
        <source>selling {wanted} of {name} with {on_hand} in stock</source>
        <translation>la vente de {wanted} {name} avec {on_hand} en stock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sell anyway</source>
        <translation>Vendre quand même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {on_hand} of {name} in stock, and it may not be backordered. Sell it anyway? Cancel adds nothing.</source>
        <translation>Seulement {on_hand} {name} en stock, sans commande en attente possible. Le vendre quand même ? Annuler n’ajoute rien.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not added: only {on_hand} of {name} in stock.</source>
        <translation>Non ajouté : seulement {on_hand} {name} en stock.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan it again or search for it (F3).</source>
        <translation>Scannez-le à nouveau ou cherchez-le (F3).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No product has the code “{code}”: the search shows what matches it (Enter adds the first).</source>
        <translation>Aucun produit n’a le code « {code} » : la recherche montre ce qui correspond (Entrée ajoute le premier).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scanned {code}: sign in first, then scan it again.</source>
        <translation>Scanné {code} : connectez-vous d’abord, puis scannez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanned {code}: a sale needs an open session of today. Open one (F2), then scan it again.</source>
        <translation>Scanné {code} : une vente demande une session du jour ouverte. Ouvrez-en une (F2), puis scannez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Scanned: {name} is in the cart ({quantity}).</source>
        <translation>Scanné : {name} est dans le panier ({quantity}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How much {name}? It is sold by weight: decimals are fine ({example}).</source>
        <translation>Quelle quantité de {name} ? Vendu au poids : les décimales sont admises ({example}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many {name}? A whole number: it is sold by the piece.</source>
        <translation>Combien de {name} ? Un nombre entier : il se vend à la pièce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <source>Void cart</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Void the whole cart ({total})? Every line goes; the void is in the log.</source>
        <translation>Annuler tout le panier ({total}) ? Toutes les lignes partent ; l&apos;annulation est au journal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cart of {total} voided; it is in the log.</source>
        <translation>Panier de {total} annulé ; c’est inscrit au journal.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Set quantity</source>
        <translation>Valider la quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
</context>
<context>
    <name>SellView</name>
    <message>
        <location filename="../../ui/sell_view.py" line="+180"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cart discount</source>
        <translation>Remise panier</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override the price: a manager approves</source>
        <translation>Modifier le prix : un responsable approuve</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Custom sale</source>
        <translation>Vente libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fee on the whole sale, e.g. delivery</source>
        <translation>Des frais sur toute la vente, p. ex. la livraison</translation>
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
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Park</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parked</source>
        <translation>Suspendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price check</source>
        <translation>Voir le prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or find an item to see its price and stock; nothing is added</source>
        <translation>Scannez ou cherchez un article pour voir son prix et son stock ; rien n’est ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void cart</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void the whole cart (logged)</source>
        <translation>Annuler tout le panier (inscrit au journal)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One less</source>
        <translation>Un de moins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Customer: {name}</source>
        <translation>Client : {name}</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../../ui/session_flow.py" line="+95"/>
        <source>This session was opened on another day. Close it before anything else.</source>
        <translation>Cette session a été ouverte un autre jour. Clôturez-la avant toute chose.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Session {number} is open with a float of {amount}.</source>
        <translation>La session {number} est ouverte avec un fonds de caisse de {amount}.</translation>
    </message>
    <message>
        <location filename="../../ui/paper_cli.py" line="+63"/>
        <location filename="../../ui/session_flow.py" line="+13"/>
        <source>X report — {number}</source>
        <translation>Rapport X — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="+2"/>
        <source>X report — session {number}</source>
        <translation>Rapport X — session {number}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cash in</source>
        <translation>entrée d’espèces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cash out</source>
        <translation>sortie d’espèces</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{amount} put into the drawer: {reason}.</source>
        <translation>{amount} mis dans le tiroir : {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} taken out of the drawer: {reason}.</source>
        <translation>{amount} sortis du tiroir : {reason}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drawer opened without a sale (logged).</source>
        <translation>Tiroir ouvert sans vente (consigné).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drawer opened.</source>
        <translation>Tiroir ouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sale logged.</source>
        <translation>Ouverture sans vente enregistrée.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>counted {method}</source>
        <translation>{method} compté</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>closing the session</source>
        <translation>la clôture de la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close session</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../../ui/paper_cli.py" line="-1"/>
        <location filename="../../ui/session_flow.py" line="+21"/>
        <source>Z report — {number}</source>
        <translation>Rapport Z — {number}</translation>
    </message>
    <message>
        <location filename="../../ui/session_flow.py" line="+2"/>
        <source>Z report — session {number} (closed)</source>
        <translation>Rapport Z — session {number} (clôturée)</translation>
    </message>
</context>
<context>
    <name>SessionHomeView</name>
    <message>
        <location filename="../../ui/home_view.py" line="+69"/>
        <source>Sell</source>
        <translation>Vendre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open session</source>
        <translation>Ouvrir la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X report</source>
        <translation>Rapport X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in</source>
        <translation>Entrée d’espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>Sortie d’espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open drawer (no sale)</source>
        <translation>Ouvrir le tiroir (sans vente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close session</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Blind close: count before seeing the expected cash</source>
        <translation>Clôture à l’aveugle : compter avant de voir l’attendu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add person</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer display</source>
        <translation>Afficheur client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release station</source>
        <translation>Libérer la caisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No cash session is open</source>
        <translation>Aucune session de caisse n’est ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the float in the drawer and open a session to start the day.</source>
        <translation>Comptez le fonds de caisse du tiroir et ouvrez une session pour commencer la journée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session {number} is still open from {day}</source>
        <translation>La session {number} est encore ouverte depuis le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A session left open on another day must be closed first: count the drawer and close it (F9), then open today&apos;s session.</source>
        <translation>Une session restée ouverte un autre jour doit d’abord être clôturée : comptez le tiroir et clôturez-la (F9), puis ouvrez la session du jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session {number} is open</source>
        <translation>La session {number} est ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened by {name} on {time} with a float of {amount}.</source>
        <translation>Ouverte par {name} le {time} avec un fonds de caisse de {amount}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in: {name}</source>
        <translation>Connecté : {name}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+26"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store&apos;s currency and cash rounding are set when the register is set up (first run or provisioning). The language applies from the next start.</source>
        <translation>La devise du magasin et l’arrondi des espèces sont fixés à l’installation de la caisse (premier démarrage ou provisionnement). La langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save settings</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (to the {unit})</source>
        <translation>aucun (au {unit})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As this computer ({language})</source>
        <translation>Comme cet ordinateur ({language})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../../ui/sign_in_view.py" line="+24"/>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+32"/>
        <location line="+29"/>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN &amp;again</source>
        <translation>Code PIN à &amp;nouveau</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Create the first manager</source>
        <translation>Créer le premier responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody works at this station yet. The first person is a manager: they open and close sessions and approve cash out. Choose a PIN only you know.</source>
        <translation>Personne ne travaille encore sur cette caisse. La première personne est responsable : elle ouvre et clôture les sessions et approuve les sorties d’espèces. Choisissez un code PIN que vous seul connaissez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create manager and sign in</source>
        <translation>Créer et se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your name and type your PIN. Signing out keeps the session open.</source>
        <translation>Choisissez votre nom et saisissez votre code PIN. Se déconnecter laisse la session ouverte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name: type your name.</source>
        <translation>Nom : saisissez votre nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Les deux codes PIN diffèrent. Saisissez deux fois le même code.</translation>
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
        <translation>Associer cet ordinateur à une caisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your shop, then the till this computer stands at. Pairing marks the station in use by this computer; a manager can release it later.</source>
        <translation>Choisissez votre magasin, puis la caisse où se trouve cet ordinateur. L’association marque la caisse comme utilisée par cet ordinateur ; un responsable peut la libérer ensuite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Shop</source>
        <translation>&amp;Magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nom de cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stations of the shop</source>
        <translation>Caisses de la boutique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used by</source>
        <translation>Utilisée par</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pair this station</source>
        <translation>Associer cette caisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+73"/>
        <source>Looking for your shops…</source>
        <translation>Recherche de vos magasins…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>This account has no shops yet. Create one in Final POS, then reload.</source>
        <translation>Ce compte n’a pas encore de magasin. Créez-en un dans Final POS, puis rechargez.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Pairing…</source>
        <translation>Association…</translation>
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
        <translation>Utilisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>StatusBarPanel</name>
    <message>
        <location filename="../../ui/status_panel.py" line="+24"/>
        <source>outlets</source>
        <translation>magasins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stations</source>
        <translation>postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>variants</source>
        <translation>variantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax tables</source>
        <translation>tables de taxes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog: {count} items ready</source>
        <translation>Catalogue : {count} articles prêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: building the search index…</source>
        <translation>Catalogue : construction de l&apos;index de recherche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done} of {expected}</source>
        <translation>{done} sur {expected}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalog: {what} {count} · {rate} a second · page {page}</source>
        <translation>Catalogue : {what} {count} · {rate} par seconde · page {page}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(resumed, {pages} pages kept)</source>
        <translation>(repris, {pages} pages gardées)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+43"/>
        <source>Station: not paired</source>
        <translation>Caisse : non associée</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+49"/>
        <source>No session</source>
        <translation>Pas de session</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+53"/>
        <source>Nobody signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+60"/>
        <source>Server: starting…</source>
        <translation>Serveur : démarrage…</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+71"/>
        <source>All sent</source>
        <translation>Tout est envoyé</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>DEMO MODE</source>
        <translation>MODE DÉMO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LIVE</source>
        <translation>RÉEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training mode: sales go to the built-in demo shop on this computer, never to a real account.</source>
        <translation>Mode entraînement : les ventes vont à la boutique de démonstration de cet ordinateur, jamais à un vrai compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: sales go to your Final POS account.</source>
        <translation>Réel : les ventes vont sur votre compte Final POS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Station: {station}</source>
        <translation>Caisse : {station}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{station} at {outlet}</source>
        <translation>{station} à {outlet}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session {number}</source>
        <translation>Session {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✕ Key refused: ask a manager</source>
        <translation>✕ Clé refusée : appelez un responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n à envoyer</numerusform>
            <numerusform>%n à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n need attention</source>
        <translation>
            <numerusform>, %n à vérifier</numerusform>
            <numerusform>, %n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source> (oldest sale %n min)</source>
        <translation>
            <numerusform> (vente la plus ancienne : %n min)</numerusform>
            <numerusform> (vente la plus ancienne : %n min)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A background task ({worker}) restarted after an error: {error}</source>
        <translation>Une tâche de fond ({worker}) a redémarré après une erreur : {error}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../ui/words.py" line="+33"/>
        <source>the total</source>
        <translation>le total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the subtotal</source>
        <translation>le sous-total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tax</source>
        <translation>la taxe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the discounts</source>
        <translation>les remises</translation>
    </message>
</context>
<context>
    <name>TipDialog</name>
    <message>
        <location filename="../../ui/tip_dialog.py" line="+30"/>
        <source>A percentage of the items (before tax), or type an amount.</source>
        <translation>Un pourcentage des articles (hors taxes), ou saisissez un montant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tip now: {amount}.</source>
        <translation>Pourboire actuel : {amount}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>Pourboire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set tip</source>
        <translation>Valider le pourboire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{percent}  ({amount})</source>
        <translation>{percent}  ({amount})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No tip</source>
        <translation>Sans pourboire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tip amount, e.g. {example}</source>
        <translation>un montant de pourboire, p. ex. {example}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the tip amount, or choose a percentage or No tip.</source>
        <translation>Saisissez le montant du pourboire, ou choisissez un pourcentage ou Sans pourboire.</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <location filename="../../ui/cart_model.py" line="-42"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tip</source>
        <translation>Pourboire</translation>
    </message>
</context>
<context>
    <name>VariantDialog</name>
    <message>
        <location filename="../../ui/variant_dialog.py" line="+79"/>
        <source>Which one? Tap it, press its number, or use the arrows and Enter.</source>
        <translation>Lequel ? Touchez-le, tapez son numéro, ou utilisez les flèches et Entrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no price</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU {sku}</source>
        <translation>SKU {sku}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A scan cannot pick an option: tap one, or press Esc and scan again.</source>
        <translation>Un scan ne peut pas choisir une option : touchez-en une, ou appuyez sur Échap et scannez à nouveau.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../ui/workflow.py" line="+122"/>
        <source>⚠ Sale {receipt}: Final POS has {field} {server}, the register {local}</source>
        <translation>⚠ Vente {receipt} : Final POS a {field} {server}, la caisse {local}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final POS stored this sale with other totals than the register computed. The register&apos;s figures stand (on the receipt and in the session&apos;s report); a manager should check the order in Final POS. It is in the audit log.</source>
        <translation>Final POS a enregistré cette vente avec d&apos;autres totaux que ceux calculés par la caisse. Les chiffres de la caisse font foi (sur le ticket et dans le rapport de session) ; un responsable doit vérifier la commande dans Final POS. C&apos;est noté dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Final POS did not take a {what}: see register outbox status</source>
        <translation>⚠ Final POS n&apos;a pas accepté un enregistrement ({what}) : voir register outbox status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A late request had made a second {what} on Final POS; the register removed it (kept in the audit log).</source>
        <translation>Une requête tardive avait créé un doublon ({what}) dans Final POS ; la caisse l&apos;a supprimé (noté dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A sale of {total} is in progress.</source>
        <translation>Une vente de {total} est en cours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{paid} is paid on it already.</source>
        <translation>{paid} sont déjà payés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the register anyway? The cart stays on this station and comes back when the register starts again.</source>
        <translation>Fermer la caisse quand même ? Le panier reste sur cette caisse et revient au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for your shops…</source>
        <translation>Recherche de vos magasins…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The catalog was not downloaded yet: {reason}</source>
        <translation>Le catalogue n’est pas encore téléchargé : {reason}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{name} can now sign in as {role}.</source>
        <translation>{name} peut maintenant se connecter comme {role}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Settings saved. The screens speak {language} from the next start.</source>
        <translation>Réglages enregistrés. Les écrans seront en {language} dès le prochain démarrage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>releasing this station (pair again afterwards)</source>
        <translation>la libération de cette caisse (associez-la à nouveau ensuite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release station</source>
        <translation>Libérer la caisse</translation>
    </message>
</context>
</TS>
