<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <location filename="../../ui/audit_view.py" line="+94"/>
        <source>%n entries, each chained to the one before it: nothing was changed or taken out.</source>
        <translation>
            <numerusform>%n entry, chained to the one before it: nothing was changed or taken out.</numerusform>
            <numerusform>%n entries, each chained to the one before it: nothing was changed or taken out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n entries check out before the break.</source>
        <translation>
            <numerusform>%n entry checks out before the break.</numerusform>
            <numerusform>%n entries check out before the break.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message numerus="yes">
        <location filename="../../ui/catalog_panel.py" line="+350"/>
        <source>%n options</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBarPanel</name>
    <message numerus="yes">
        <location filename="../../ui/status_panel.py" line="+161"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n need attention</source>
        <translation>
            <numerusform>, %n needs attention</numerusform>
            <numerusform>, %n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source> (oldest sale %n min)</source>
        <translation>
            <numerusform> (oldest sale %n min)</numerusform>
            <numerusform> (oldest sale %n min)</numerusform>
        </translation>
    </message>
</context>
</TS>
