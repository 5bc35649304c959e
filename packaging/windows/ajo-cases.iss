; Inno Setup script: installs the one-folder build (dist\ajo-cases) for all users.
; Build on Windows after scripts\build-app has produced dist\ajo-cases:
;   iscc /DAppVersion=0.1.0 packaging\windows\ajo-cases.iss
; The uninstaller removes only the program folder. Vaults live in each user's
; %LOCALAPPDATA%\AJO\AJO Cases and are never touched: there is no [UninstallDelete] for them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{7971B37F-73BC-52BD-BE2C-99C130511230}
AppName=AJO Cases
AppVersion={#AppVersion}
AppPublisher=AJO
DefaultDirName={autopf}\AJO Cases
DefaultGroupName=AJO Cases
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ajo-cases-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\ajo-cases.ico
UninstallDisplayIcon={app}\ajo-cases.exe
; LZMA2 at its strongest over the whole folder as one stream: the 147 MB Linux folder packs to
; 51 MB (tar | xz -9). The compressor runs in its own process so it may use more memory than
; the compiler.
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
WizardStyle=modern
DisableProgramGroupPage=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\..\dist\ajo-cases\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\AJO Cases"; Filename: "{app}\ajo-cases.exe"
Name: "{group}\Uninstall AJO Cases"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\ajo-cases.exe"; Description: "Start AJO Cases"; Flags: nowait postinstall skipifsilent
