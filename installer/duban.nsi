; Duban's Windows installer (NSIS 3). Installs the PyInstaller folder (dist\Duban) for the
; current user, without administrator rights: %LOCALAPPDATA%\Programs\Duban, Start-menu and
; desktop shortcuts, an uninstaller registered under HKCU (it keeps the user's data in
; %APPDATA%\Duban: databases, settings, backups, logs), and the .duban file association
; (HKCU\Software\Classes), so that double-clicking a Duban database on the network drive
; opens it in Duban.
;
;   makensis installer\duban.nsi                      (after pyinstaller; see installer\build.ps1)
;   makensis /DSOURCE_DIR=C:\path\to\Duban /DOUTFILE=C:\out\Duban-setup.exe installer\duban.nsi
;
; The version is read from desktop\__init__.py unless given with /DVERSION=x.y.z.

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"

!define APP_NAME "Duban"
!define APP_EXE "Duban.exe"
!define CLI_EXE "duban-cli.exe"
!define PROG_ID "Duban.Database"
!define EXTENSION ".duban"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!ifndef VERSION
  !searchparse /file "..\desktop\__init__.py" `__version__ = "` VERSION `"`
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\dist\Duban"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\Duban-${VERSION}-setup.exe"
!endif

Name "$(APP_DISPLAY_NAME)"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ShowInstDetails show
ShowUninstDetails show
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Duban"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Duban installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "Duban"

!define MUI_ICON "..\resources\icons\duban.ico"
!define MUI_UNICON "..\resources\icons\duban.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Chinese first: the default language of the installer and of Duban.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString APP_DISPLAY_NAME ${LANG_SIMPCHINESE} "督办台 Duban"
LangString APP_DISPLAY_NAME ${LANG_ENGLISH} "Duban"
LangString SHORTCUT_NAME ${LANG_SIMPCHINESE} "督办台"
LangString SHORTCUT_NAME ${LANG_ENGLISH} "Duban"
LangString FILE_TYPE ${LANG_SIMPCHINESE} "督办台数据库"
LangString FILE_TYPE ${LANG_ENGLISH} "Duban database"
LangString UNINSTALL_SHORTCUT ${LANG_SIMPCHINESE} "卸载督办台"
LangString UNINSTALL_SHORTCUT ${LANG_ENGLISH} "Uninstall Duban"
LangString DATA_KEPT ${LANG_SIMPCHINESE} "您的数据（数据库、设置、备份和日志）保留在 $APPDATA\Duban 中，没有删除。"
LangString DATA_KEPT ${LANG_ENGLISH} "Your data (databases, settings, backups and logs) is kept in $APPDATA\Duban; nothing was deleted."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Duban" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; A reinstall replaces the program files; the user's data is not in this folder.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\$(SHORTCUT_NAME)"
  CreateShortCut "$SMPROGRAMS\$(SHORTCUT_NAME)\$(SHORTCUT_NAME).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  CreateShortCut "$SMPROGRAMS\$(SHORTCUT_NAME)\$(UNINSTALL_SHORTCUT).lnk" "$INSTDIR\uninstall.exe"
  CreateShortCut "$DESKTOP\$(SHORTCUT_NAME).lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; Double-clicking a .duban file opens it in Duban (per user: no administrator rights needed).
  WriteRegStr HKCU "Software\Classes\${EXTENSION}" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\${EXTENSION}" "Content Type" "application/x-duban"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "$(FILE_TYPE)"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" "${EXTENSION}" ""
  ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Apps & features (Programs and Features) for this user.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "$(APP_DISPLAY_NAME)"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Duban"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only what the installer put here: never the user's data folder ($APPDATA\Duban).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$DESKTOP\$(SHORTCUT_NAME).lnk"
  Delete "$SMPROGRAMS\$(SHORTCUT_NAME)\$(SHORTCUT_NAME).lnk"
  Delete "$SMPROGRAMS\$(SHORTCUT_NAME)\$(UNINSTALL_SHORTCUT).lnk"
  RMDir "$SMPROGRAMS\$(SHORTCUT_NAME)"

  ; The association only if it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\${EXTENSION}" ""
  StrCmp $0 "${PROG_ID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\${EXTENSION}"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${APP_EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DetailPrint "$(DATA_KEPT)"
SectionEnd
