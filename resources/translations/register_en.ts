<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <location filename="../../ui/status_panel.py" line="+123"/>
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
