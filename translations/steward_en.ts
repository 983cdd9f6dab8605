<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>steward::ui::AuditView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::CompaniesView</name>
    <message numerus="yes">
        <source>%Ln company(s)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::FieldRuleText</name>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>At most %n character.</numerusform>
            <numerusform>At most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::InvitationExpiryDelegate</name>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n hour(s)</source>
        <translation>
            <numerusform>expires in %n hour</numerusform>
            <numerusform>expires in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n minute(s)</source>
        <translation>
            <numerusform>expires in %n minute</numerusform>
            <numerusform>expires in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::InvitationsView</name>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>%n invitation sent.</numerusform>
            <numerusform>%n invitations sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) selected.</source>
        <translation>
            <numerusform>%n invitation selected.</numerusform>
            <numerusform>%n invitations selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) sent again with a new link.</source>
        <translation>
            <numerusform>%n invitation sent again with a new link.</numerusform>
            <numerusform>%n invitations sent again with a new link.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)?</source>
        <translation>
            <numerusform>Revoke %n invitation?</numerusform>
            <numerusform>Revoke %n invitations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) revoked.</source>
        <translation>
            <numerusform>%n invitation revoked.</numerusform>
            <numerusform>%n invitations revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::OrgUnitsView</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) belong to this unit. They will belong to “%1” instead; since units limit what a person sees, they will see everything in “%1”.</source>
        <translation>
            <numerusform>%n user belongs to this unit. They will belong to “%1” instead; since units limit what a person sees, they will see everything in “%1”.</numerusform>
            <numerusform>%n users belong to this unit. They will belong to “%1” instead; since units limit what a person sees, they will see everything in “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) belong to this unit. They lose it and keep their other units; if one of them belongs to no other unit, the unit cannot be deleted.</source>
        <translation>
            <numerusform>%n user belongs to this unit. They lose it and keep their other units; if they belong to no other unit, the unit cannot be deleted.</numerusform>
            <numerusform>%n users belong to this unit. They lose it and keep their other units; if one of them belongs to no other unit, the unit cannot be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1”; %n user(s) now belong to “%2”.</source>
        <translation>
            <numerusform>Deleted “%1”; %n user now belongs to “%2”.</numerusform>
            <numerusform>Deleted “%1”; %n users now belong to “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::PasswordRulesView</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::RolesView</name>
    <message numerus="yes">
        <source>%Ln role(s)</source>
        <translation>
            <numerusform>%Ln role</numerusform>
            <numerusform>%Ln roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::UserCsvExport</name>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>Exported %n user to %1.</numerusform>
            <numerusform>Exported %n users to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::UserFacingText</name>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n second</numerusform>
            <numerusform>in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::UsersView</name>
    <message numerus="yes">
        <source>%n users selected</source>
        <translation>
            <numerusform>%n user selected</numerusform>
            <numerusform>%n users selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users? Their sessions end and their data is removed; the audit log keeps a record. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n user? Their sessions end and their data is removed; the audit log keeps a record. This cannot be undone.</numerusform>
            <numerusform>Delete %n users? Their sessions end and their data is removed; the audit log keeps a record. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n users? They can no longer sign in, and their sessions and API tokens end. You can reactivate them later.</source>
        <translation>
            <numerusform>Deactivate %n user? They can no longer sign in, and their sessions and API tokens end. You can reactivate them later.</numerusform>
            <numerusform>Deactivate %n users? They can no longer sign in, and their sessions and API tokens end. You can reactivate them later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n users out on every device?</source>
        <translation>
            <numerusform>Sign %n user out on every device?</numerusform>
            <numerusform>Sign %n users out on every device?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ user(s)</source>
        <extracomment>The status bar&apos;s count when the server stopped counting: at least this many users match.</extracomment>
        <translation>
            <numerusform>%Ln+ user</numerusform>
            <numerusform>%Ln+ users</numerusform>
        </translation>
    </message>
</context>
</TS>
