# Where an installed Steward puts its files, and the two Debian packages built from them:
#   steward         the desktop client (component `client`)
#   steward-server  the API server with its systemd unit and settings (component `server`)
# `cmake --build <dir> --target package`, `cpack` in the build folder, or scripts/package build them.
#
# Included at the end of the top-level CMakeLists.txt: the targets of app/ and server/ exist by then,
# so each package is declared only when its program is part of this build.

include(GNUInstallDirs)

set(STEWARD_APP_ID org.steward.Steward)
set(STEWARD_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(STEWARD_PACKAGE_COMPONENTS)

# --- client -----------------------------------------------------------------------------------------
if(TARGET steward)
    install(TARGETS steward RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT client)
    install(FILES ${STEWARD_PACKAGING_DIR}/linux/${STEWARD_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT client)
    install(FILES ${STEWARD_PACKAGING_DIR}/linux/${STEWARD_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT client)
    install(FILES ${STEWARD_PACKAGING_DIR}/linux/${STEWARD_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT client)
    # The translations are compiled into the client as resources (ui/CMakeLists.txt), which is what it
    # loads; the same .qm files also go to /usr/share/steward/translations for translators and tools.
    # They are ui/'s `steward_qm_files` (from qt_add_lrelease), or whatever a folder appends to the
    # global property STEWARD_QM_FILES should the translations move.
    get_property(steward_qm_files GLOBAL PROPERTY STEWARD_QM_FILES)
    if(NOT steward_qm_files AND EXISTS ${PROJECT_SOURCE_DIR}/ui/CMakeLists.txt)
        get_directory_property(steward_qm_files DIRECTORY ${PROJECT_SOURCE_DIR}/ui DEFINITION steward_qm_files)
    endif()
    option(STEWARD_INSTALL_QM_FILES "Install the client's .qm files besides embedding them" ON)
    if(steward_qm_files AND STEWARD_INSTALL_QM_FILES)
        install(FILES ${steward_qm_files} DESTINATION ${CMAKE_INSTALL_DATADIR}/steward/translations
                COMPONENT client)
    endif()
    list(APPEND STEWARD_PACKAGE_COMPONENTS client)
endif()

# --- server -----------------------------------------------------------------------------------------
if(TARGET steward-server)
    install(TARGETS steward-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
    # Debian 12 keeps units and settings outside the /usr prefix, hence absolute destinations.
    install(FILES ${STEWARD_PACKAGING_DIR}/server/steward-server.service
            DESTINATION /lib/systemd/system COMPONENT server)
    install(FILES ${STEWARD_PACKAGING_DIR}/server/steward-server.conf DESTINATION /etc/steward COMPONENT server)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/server-first-run.md
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/steward-server RENAME first-run.md COMPONENT server)
    list(APPEND STEWARD_PACKAGE_COMPONENTS server)
endif()

# --- Debian packages --------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME steward)
set(CPACK_PACKAGE_VENDOR "The Steward team")
set(CPACK_PACKAGE_CONTACT "The Steward team <steward@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL ${STEWARD_PACKAGE_COMPONENTS})

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://steward.example.org/)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "Steward")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
    "desktop client of Steward, the back office for company user accounts
Sign in to a Steward server over HTTPS and administer the users, roles and
organization units of the companies on a platform. The session is kept in the
system keychain.")
set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME steward)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION utils)

set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Steward server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "HTTPS API server of Steward, the back office for company user accounts
Owns the companies, users, roles and audit trail, on SQLite or PostgreSQL, and
sends the account emails. Runs as the systemd service steward-server under its
own user.")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME steward-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${STEWARD_PACKAGING_DIR}/debian/steward-server/conffiles
    ${STEWARD_PACKAGING_DIR}/debian/steward-server/postinst
    ${STEWARD_PACKAGING_DIR}/debian/steward-server/prerm
    ${STEWARD_PACKAGING_DIR}/debian/steward-server/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# What the programs load at run time without linking it (SQL drivers, platform plugins) or call from
# maintainer scripts. The libraries they link come from dpkg-shlibdeps, with the versions they need;
# without it (not a Debian system), the same libraries are listed by name.
set(steward_client_runtime "qt6-qpa-plugins (>= 6.4), libqt6svg6 (>= 6.4), hicolor-icon-theme")
set(steward_server_runtime "libqt6sql6-sqlite (>= 6.4), libqt6sql6-psql (>= 6.4), adduser")
find_program(STEWARD_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(STEWARD_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "${steward_client_runtime}")
    set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "${steward_server_runtime}")
else()
    set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
        "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6network6 (>= 6.4), libqt6widgets6 (>= 6.4), "
        "libqt6keychain1, libc6, libstdc++6, ${steward_client_runtime}")
    set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS
        "libqt6core6 (>= 6.4), libqt6network6 (>= 6.4), libqt6sql6 (>= 6.4), libcpp-httplib0.11, "
        "libsodium23, libcurl4, libssl3, libc6, libstdc++6, ${steward_server_runtime}")
    string(REPLACE ";" "" CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "${CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS}")
    string(REPLACE ";" "" CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "${CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS}")
endif()
# A keychain to keep the session in; without one the client keeps it in memory only.
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")

include(CPack)
