; Inno Setup script for Windows: build the PyInstaller folder first, then compile this.
[Setup]
AppName=Inspector Desk
AppVersion=0.1.0
DefaultDirName={autopf}\Inspector Desk
DefaultGroupName=Inspector Desk
OutputBaseFilename=inspector-desk-setup
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\dist\inspector-desk\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Inspector Desk"; Filename: "{app}\inspector-desk.exe"
