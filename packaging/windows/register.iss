; Inno Setup script of the register for Windows stations (Inno Setup 6).
; packaging/windows/build.ps1 builds the PyInstaller bundle first and then runs:
;   iscc /DAppVersion=<version> packaging\windows\register.iss       -> dist\register-<version>-setup.exe
; Mirrors the .deb: the bundle under Program Files, a Start-menu entry with the icon, a `register` command
; (register-cli.exe) for IT, and an uninstaller that never touches users' data.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z register.iss (build.ps1 does)
#endif

[Setup]
; The AppId never changes: installing a newer version upgrades the installed one in place.
AppId={{6F1C2A4E-8B7D-4C5E-9A21-3D4B5E6F7A80}
AppName=Register
AppVersion={#AppVersion}
AppPublisher=Final POS
AppPublisherURL=https://finalpos.com
DefaultDirName={autopf}\Register
DefaultGroupName=Register
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=register-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\register.ico
UninstallDisplayIcon={app}\register.exe
Compression=lzma2/max
SolidCompression=yes
; An upgrade closes a running register first (its database is safe: every sale is committed locally).
CloseApplications=yes
RestartApplications=no
ChangesEnvironment=yes

[Files]
; The whole one-folder bundle. Files of an older version that the new one lacks are removed first.
Source: "..\..\dist\register\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Register"; Filename: "{app}\register.exe"
Name: "{autodesktop}\Register"; Filename: "{app}\register.exe"; Tasks: desktopicon

[Tasks]
Name: desktopicon; Description: "A desktop shortcut"; Flags: unchecked

[Registry]
; `register-cli` on the PATH for IT's scripts (provision, outbox).
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; \
  ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\register.exe"; Description: "Start the register"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed. Each user's data (the station
; database with the offline backlog, settings, logs) lives in %LOCALAPPDATA%\register and stays, as does
; IT's %PROGRAMDATA%\register\provision.json and the API key in the Windows Credential Manager.

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Path)
  then begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
