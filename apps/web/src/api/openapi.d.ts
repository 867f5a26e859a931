/**
 * The API's contract as TypeScript types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run `npm run api-types` after changing the API.
 */
export interface paths {
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events, newest first */
        get: operations["EventsController_list"];
        put?: never;
        /**
         * Register an event: plan who must be told, store it and queue the alerts
         * @description A system that sends `source` and `sourceRef` can send the same event again safely: the same pair answers 200 with the event stored for it, and a new version (as an edit makes) when what members read has changed. An `Idempotency-Key` header makes a plain retry give the first answer.
         */
        post: operations["EventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Who would be told, and why, with nothing stored */
        post: operations["EventsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The events a filter finds, every one, as CSV for a spreadsheet */
        get: operations["EventsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One event with every person told, why, and how delivery went
         * @description An officer reads every event of the council. A member or leader reads only an event they were told of, with their own alerts of it and not who else was told; any other event answers 404.
         */
        get: operations["EventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an event: a new version, sent to everyone affected before or after */
        patch: operations["EventsController_edit"];
        trace?: never;
    };
    "/events/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an event and tell everyone who heard of it */
        post: operations["EventsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{id}/circulation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The "Circulation under the Local Issues Alert Procedure" text for a report */
        get: operations["EventsController_circulation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{id}/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of one event, as CSV */
        get: operations["EventsController_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/me/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own alerts, newest first, each with why it reached you */
        get: operations["AlertsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts escalated to the Leader, Deputy Leader or a Cabinet Lead Member (§36), newest first */
        get: operations["AlertsController_escalations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page an e-mail link opens: a button that acknowledges, so a mail scanner following the link does not */
        get: operations["AcknowledgeController_page"];
        put?: never;
        /** Acknowledge an alert: your own, signed in to the console or with a member or leader key, or any, with the signed link from its e-mail */
        post: operations["AcknowledgeController_ack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My quiet hours, daily digest choice and mobile number */
        get: operations["PreferencesController_get"];
        /** Set quiet hours (London time), whether non-urgent alerts come as a daily digest, and a mobile number for texts */
        put: operations["PreferencesController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database and Redis both answer */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: requests, events registered, the outbox. With METRICS_TOKEN set, send it as a bearer token; without, only callers on this machine */
        get: operations["MetricsController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The council's rules as the console shows them: each kind of event it recognises, and its words */
        get: operations["PolicyController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The council's rules in force today, in words: for each kind who is told, when, and whether each rule is the protocol's or the council's own choice */
        get: operations["PolicyController_rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a policy file: its problems with their line and key (400), or its rules in words */
        post: operations["PolicyController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview a policy file: for each event of the last 90 days, who it would add or drop and why, and any change of timing. Nothing is stored */
        post: operations["PolicyController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The revisions of the council's rules, newest first, and the one in force today */
        get: operations["PolicyController_list"];
        put?: never;
        /** Publish a policy file as the next revision, taking effect on a London day (today or later); events already registered keep their revision */
        post: operations["PolicyController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/policy/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision of the rules: its policy file, as published */
        get: operations["PolicyController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/held-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notices pre-election periods hold for democratic services, and the periods that hold them */
        get: operations["HeldNoticesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/held-notices/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a held notice: it is sent as usual, once, with an audit line */
        post: operations["HeldNoticesController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/held-notices/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a held notice: it is never sent; the reason is kept with an audit line */
        post: operations["HeldNoticesController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members, with the division each sits for today */
        get: operations["MembersController_list"];
        put?: never;
        /** Add a member, seated from today or the day given */
        post: operations["MembersController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The members on the roster today, as CSV in the columns the import reads */
        get: operations["MembersController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview a CSV import: who is added, who changes and who would leave. Nothing is stored until confirmed */
        post: operations["MembersController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/import/{token}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply exactly what a preview showed, unless the roster changed since */
        post: operations["MembersController_confirmImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One member (database id or the council’s id) with their seats over time */
        get: operations["MembersController_get"];
        put?: never;
        post?: never;
        /** The member leaves the roster: inactive, seat ended today, never deleted */
        delete: operations["MembersController_remove"];
        options?: never;
        head?: never;
        /** Change a member; a new division closes the old seat and opens a new one */
        patch: operations["MembersController_edit"];
        trace?: never;
    };
    "/members/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a former member’s name, e-mail, interests and preferences; the record of what they were sent stays */
        post: operations["MembersController_eraseMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/{id}/interests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** §34: the topics a member has asked to hear about */
        get: operations["MembersController_interests"];
        /** §34: replace a member’s topics of interest */
        put: operations["MembersController_putInterests"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Officers and the services they answer for (§30) */
        get: operations["OfficersController_list"];
        put?: never;
        /** Add an officer */
        post: operations["OfficersController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/officers/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The officers on the roster today, as CSV in the columns the import reads */
        get: operations["OfficersController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/officers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview a CSV import: who is added, who changes and who would leave. Nothing is stored until confirmed */
        post: operations["OfficersController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/officers/import/{token}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply exactly what a preview showed, unless the officers changed since */
        post: operations["OfficersController_confirmImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/officers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One officer (database id or the council’s id) */
        get: operations["OfficersController_get"];
        put?: never;
        post?: never;
        /** The officer leaves: inactive, never deleted */
        delete: operations["OfficersController_remove"];
        options?: never;
        head?: never;
        /** Change an officer */
        patch: operations["OfficersController_edit"];
        trace?: never;
    };
    "/boundaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Boundary generations, newest first, and which is in effect today */
        get: operations["BoundariesController_list"];
        put?: never;
        /** Upload division boundaries (GeoJSON, WGS84 or British National Grid) as a new generation */
        post: operations["BoundariesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/boundaries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One generation: its divisions with their seats and neighbours */
        get: operations["BoundariesController_get"];
        put?: never;
        post?: never;
        /** Withdraws a wrong upload before it takes effect; refused (409) once in effect or when an event was planned with it */
        delete: operations["BoundariesController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/boundaries/{id}/divisions.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The divisions of one generation as a WGS84 FeatureCollection */
        get: operations["BoundariesController_geojson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in (by session cookie or API key): role, name and, for members, the member; for a session, its CSRF token */
        get: operations["AuthSessionController_session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/dev-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The development keys for the seeded people (only when DEV_KEYS is on; never in production) */
        get: operations["AuthSessionController_devKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/web/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the web console needs before sign-in: the basemap, if there is one and it answers */
        get: operations["AuthSessionController_webConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/email-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a sign-in link to an address on the roster; the answer is the same for any address. The link works once, within 15 minutes */
        post: operations["SignInController_emailLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/email-link/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page a sign-in link opens: a button, so a mail scanner following the link uses nothing */
        get: operations["SignInController_emailLinkPage"];
        put?: never;
        /** Uses a sign-in link once: starts a session and opens the console */
        post: operations["SignInController_emailLinkSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Starts single sign-on: sends the browser to the council’s identity provider */
        get: operations["SignInController_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Finishes single sign-on: checks the answer, starts a session, opens the console */
        get: operations["SignInController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs out: ends the console session on the server, and says where to sign out at the provider */
        post: operations["SignInController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/postcodes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a postcode is (OS Code-Point Open), to place an event by postcode */
        get: operations["PostcodesController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Places to find on the map: a full postcode (OS Code-Point Open), or a division by its name */
        get: operations["PlacesController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/web/divisions.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The divisions in force today, as a WGS84 FeatureCollection, for the maps */
        get: operations["WebMapController_divisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/web/week-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This week's events for the Leader's map: registered in the last 7 days, or starting in the next 7 */
        get: operations["WebMapController_week"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API keys, without their secrets: who made each, when, and when it was last used */
        get: operations["ApiKeysController_list"];
        put?: never;
        /** Issue a key for another council system or a person; the key is in this answer only */
        post: operations["ApiKeysController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key: refused from the next request. Revoking it again changes nothing */
        delete: operations["ApiKeysController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producers/street-manager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amazon SNS posts Street Manager notifications and subscription confirmations here
         * @description The body is the SNS message (JSON, sent as text/plain). Its signature, signing certificate and topic are checked before anything is done; a notification is kept and answered at once, and the same message again changes nothing.
         */
        post: operations["StreetManagerController_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producers/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether each producer is connected, and if not, what connects it */
        get: operations["ProducerMessagesController_connections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producers/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent messages from other council systems, newest first, and what became of each */
        get: operations["ProducerMessagesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producers/citizen-space/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Citizen Space area names mapped to divisions, and the consultations waiting for one */
        get: operations["CitizenSpaceAreasController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/producers/citizen-space/areas/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Map a Citizen Space area to divisions or to the whole area; held consultations are processed again */
        put: operations["CitizenSpaceAreasController_put"];
        post?: never;
        /** Forget an area’s mapping; later consultations naming it are held */
        delete: operations["CitizenSpaceAreasController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FOI requests and press enquiries that arrived as text and wait for an officer */
        get: operations["DraftsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One draft: its text with the places found, and the original for the officer */
        get: operations["DraftsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a draft: register it as an event, once, however many times it is confirmed
         * @description The body is the register form's event. Its source and reference come from the draft, so a second confirmation answers the same event.
         */
        post: operations["DraftsController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/drafts/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a draft: nobody is told; the reason is kept with an audit line */
        post: operations["DraftsController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How well the protocol was kept over a period: figures for each kind, service and month
         * @description Events registered in the period (London days), and each member’s first notice of them: on time, late or after the event against the council’s rules, failed, acknowledged within 7 days, escalated or held. Names no officer.
         */
        get: operations["ReportsController_compliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/compliance.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The compliance report as CSV for a spreadsheet, with the same filters */
        get: operations["ReportsController_complianceCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/compliance/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The events behind one figure of the compliance report, newest first */
        get: operations["ReportsController_figureEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/members/me/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own record over a period: what you were told, when, and what you acknowledged */
        get: operations["ReportsController_memberRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notify/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * GOV.UK Notify posts its delivery receipts here
         * @description Authenticated by the callback token the council set (NOTIFY_CALLBACK_TOKEN), sent as "Authorization: Bearer <token>", not by an API key. The message is found by its reference; a status only moves forward, so a repeated or late receipt changes nothing. A receipt for a message not in the outbox is answered and ignored; when a receipt cannot be stored the answer is 503, and Notify sends it again.
         */
        post: operations["NotifyReceiptsController_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            statusCode: number;
            /** @description The reason phrase of the status, e.g. "Bad Request" */
            error: string;
            /** @description What was wrong, in plain words */
            message: string;
            /** @description Every field or row at fault, when there are several */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description Quote it when reporting a problem */
            requestId?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    EventsController_list: {
        parameters: {
            query?: {
                offset?: number;
                /** @description Brought within 1 to 500 */
                limit?: number;
                /** @description Words in the title, description or venue, case aside */
                q?: string;
                kind?: string;
                /** @description Affected, or adjoining and told */
                division?: string;
                status?: "active" | "cancelled";
                /** @description Registered at or after */
                from?: string;
                /** @description Registered at or before */
                to?: string;
                /** @description Happens (starts to ends, opens to closes) at or after, in part */
                happensFrom?: string;
                /** @description Happens at or before, in part */
                happensTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        limit: number;
                        offset: number;
                        events: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            title: string;
                            /** @enum {string} */
                            status: "active" | "cancelled";
                            version: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            affectedDivisions: string[];
                            /** @description How many people the plan tells */
                            recipients: number;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    EventsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID) for this registration. Sent again within 24 hours with the same body, it gives the first answer and makes nothing new; with a different body it is refused (422). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One of the kinds of event the council's rules define */
                    kind: string;
                    title: string;
                    description?: string;
                    /** @description The place as people know it, e.g. "Oadby Library, Sandhurst Street" */
                    venue?: string;
                    /** @description GeoJSON geometry or Feature, WGS84, or with crs EPSG:27700 */
                    location?: Record<string, never>;
                    /** @enum {string} */
                    crs?: "EPSG:4326" | "EPSG:27700";
                    divisions?: string[];
                    countywide?: boolean;
                    /** @description GeoJSON: the area an issue concerns (public meetings, §29) */
                    affectedArea?: Record<string, never>;
                    /** Format: date-time */
                    startsAt?: string;
                    /** Format: date-time */
                    endsAt?: string;
                    /** Format: date-time */
                    opensAt?: string;
                    /** Format: date-time */
                    closesAt?: string;
                    /**
                     * Format: date-time
                     * @description For a press enquiry: when the answer is due
                     */
                    respondBy?: string;
                    /** @description The officer members should ask; replies to the alert reach them. When absent, the API key's default contact; an event with neither is refused */
                    contact?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string;
                    };
                    /**
                     * Format: uri
                     * @description A https web address with more information
                     */
                    link?: string;
                    /** @description One of the bodies the council's rules define */
                    body?: string;
                    portfolio?: string;
                    service?: string;
                    topics?: string[];
                    servesAdjoining?: boolean;
                    controversial?: boolean;
                    individualServiceComplaint?: boolean;
                    major?: boolean;
                    notifyAdjoining?: boolean;
                    escalate?: string[];
                    /** @description The council system the event came from, e.g. "street-manager"; with sourceRef */
                    source?: string;
                    /** @description That system's own reference, unique per source: sent again, it answers the same event */
                    sourceRef?: string;
                };
            };
        };
        responses: {
            /** @description Already registered (same source and reference, or same Idempotency-Key): the stored event, or its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        /** @enum {string} */
                        status: "active" | "cancelled";
                        /** @description Who must be told, and why, under the protocol */
                        plan: {
                            /** Format: uuid */
                            eventId?: string;
                            /** @description One of the kinds of event the council's rules define */
                            kind: string;
                            title: string;
                            paragraph: string;
                            summary: string;
                            /** @description What decided the affected divisions */
                            basis: string;
                            countywide: boolean;
                            affectedDivisions: string[];
                            adjoiningDivisions: string[];
                            adjoiningAlerted: boolean;
                            /** Format: date-time */
                            sendAt: string;
                            recipients: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                kind: "member" | "officer";
                                /** @enum {string} */
                                action: "invite" | "notify" | "inform";
                                division?: string;
                                /** @description Why this person is told, each with its paragraph */
                                reasons: {
                                    /** @enum {string} */
                                    relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                    /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                    paragraph: string;
                                    division?: string;
                                    role?: string;
                                    /** @description The body whose chair was told: one of the council’s bodies */
                                    chairOf?: string;
                                    topic?: string;
                                    service?: string;
                                }[];
                                /** @description In a preview: when the member's quiet hours or daily summary put their message */
                                timing?: {
                                    /** Format: date-time */
                                    sendAt: string;
                                    digest: boolean;
                                    words: string;
                                };
                            }[];
                            excluded?: {
                                reason: string;
                                paragraph: string;
                            }[];
                            meeting?: {
                                body: string;
                                bodyName: string;
                                date?: string;
                                rightToAttendAndSpeak: string;
                                paragraph: string;
                            };
                            warnings?: string[];
                            /** @description The revision of the council's rules it was planned under */
                            revision?: {
                                number: number;
                                /**
                                 * Format: date
                                 * @description The London day the revision took effect
                                 */
                                inForceFrom: string;
                            };
                        };
                        /** @description Alerts handed to the queue by this request */
                        queued: number;
                        /**
                         * @description registered: a new event; unchanged: already registered and nothing members read changed; updated: a new version was made
                         * @enum {string}
                         */
                        outcome: "registered" | "unchanged" | "updated";
                        /** @description The council system the event came from, e.g. "street-manager"; with sourceRef */
                        source?: string;
                        /** @description That system's own reference, unique per source: sent again, it answers the same event */
                        sourceRef?: string;
                        /** @description What changed, in words, when the outcome is updated */
                        changes?: string[];
                    };
                };
            };
            /** @description Stored, with its plan; the alerts are queued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        /** @enum {string} */
                        status: "active" | "cancelled";
                        /** @description Who must be told, and why, under the protocol */
                        plan: {
                            /** Format: uuid */
                            eventId?: string;
                            /** @description One of the kinds of event the council's rules define */
                            kind: string;
                            title: string;
                            paragraph: string;
                            summary: string;
                            /** @description What decided the affected divisions */
                            basis: string;
                            countywide: boolean;
                            affectedDivisions: string[];
                            adjoiningDivisions: string[];
                            adjoiningAlerted: boolean;
                            /** Format: date-time */
                            sendAt: string;
                            recipients: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                kind: "member" | "officer";
                                /** @enum {string} */
                                action: "invite" | "notify" | "inform";
                                division?: string;
                                /** @description Why this person is told, each with its paragraph */
                                reasons: {
                                    /** @enum {string} */
                                    relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                    /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                    paragraph: string;
                                    division?: string;
                                    role?: string;
                                    /** @description The body whose chair was told: one of the council’s bodies */
                                    chairOf?: string;
                                    topic?: string;
                                    service?: string;
                                }[];
                                /** @description In a preview: when the member's quiet hours or daily summary put their message */
                                timing?: {
                                    /** Format: date-time */
                                    sendAt: string;
                                    digest: boolean;
                                    words: string;
                                };
                            }[];
                            excluded?: {
                                reason: string;
                                paragraph: string;
                            }[];
                            meeting?: {
                                body: string;
                                bodyName: string;
                                date?: string;
                                rightToAttendAndSpeak: string;
                                paragraph: string;
                            };
                            warnings?: string[];
                            /** @description The revision of the council's rules it was planned under */
                            revision?: {
                                number: number;
                                /**
                                 * Format: date
                                 * @description The London day the revision took effect
                                 */
                                inForceFrom: string;
                            };
                        };
                        /** @description Alerts handed to the queue by this request */
                        queued: number;
                        /**
                         * @description registered: a new event; unchanged: already registered and nothing members read changed; updated: a new version was made
                         * @enum {string}
                         */
                        outcome: "registered" | "unchanged" | "updated";
                        /** @description The council system the event came from, e.g. "street-manager"; with sourceRef */
                        source?: string;
                        /** @description That system's own reference, unique per source: sent again, it answers the same event */
                        sourceRef?: string;
                        /** @description What changed, in words, when the outcome is updated */
                        changes?: string[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request repeats an Idempotency-Key that came with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    EventsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One of the kinds of event the council's rules define */
                    kind: string;
                    title: string;
                    description?: string;
                    /** @description The place as people know it, e.g. "Oadby Library, Sandhurst Street" */
                    venue?: string;
                    /** @description GeoJSON geometry or Feature, WGS84, or with crs EPSG:27700 */
                    location?: Record<string, never>;
                    /** @enum {string} */
                    crs?: "EPSG:4326" | "EPSG:27700";
                    divisions?: string[];
                    countywide?: boolean;
                    /** @description GeoJSON: the area an issue concerns (public meetings, §29) */
                    affectedArea?: Record<string, never>;
                    /** Format: date-time */
                    startsAt?: string;
                    /** Format: date-time */
                    endsAt?: string;
                    /** Format: date-time */
                    opensAt?: string;
                    /** Format: date-time */
                    closesAt?: string;
                    /**
                     * Format: date-time
                     * @description For a press enquiry: when the answer is due
                     */
                    respondBy?: string;
                    /** @description The officer members should ask; replies to the alert reach them. When absent, the API key's default contact; an event with neither is refused */
                    contact?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string;
                    };
                    /**
                     * Format: uri
                     * @description A https web address with more information
                     */
                    link?: string;
                    /** @description One of the bodies the council's rules define */
                    body?: string;
                    portfolio?: string;
                    service?: string;
                    topics?: string[];
                    servesAdjoining?: boolean;
                    controversial?: boolean;
                    individualServiceComplaint?: boolean;
                    major?: boolean;
                    notifyAdjoining?: boolean;
                    escalate?: string[];
                    /** @description The council system the event came from, e.g. "street-manager"; with sourceRef */
                    source?: string;
                    /** @description That system's own reference, unique per source: sent again, it answers the same event */
                    sourceRef?: string;
                };
            };
        };
        responses: {
            /** @description The plan, as registering would make it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        eventId?: string;
                        /** @description One of the kinds of event the council's rules define */
                        kind: string;
                        title: string;
                        paragraph: string;
                        summary: string;
                        /** @description What decided the affected divisions */
                        basis: string;
                        countywide: boolean;
                        affectedDivisions: string[];
                        adjoiningDivisions: string[];
                        adjoiningAlerted: boolean;
                        /** Format: date-time */
                        sendAt: string;
                        recipients: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            kind: "member" | "officer";
                            /** @enum {string} */
                            action: "invite" | "notify" | "inform";
                            division?: string;
                            /** @description Why this person is told, each with its paragraph */
                            reasons: {
                                /** @enum {string} */
                                relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                paragraph: string;
                                division?: string;
                                role?: string;
                                /** @description The body whose chair was told: one of the council’s bodies */
                                chairOf?: string;
                                topic?: string;
                                service?: string;
                            }[];
                            /** @description In a preview: when the member's quiet hours or daily summary put their message */
                            timing?: {
                                /** Format: date-time */
                                sendAt: string;
                                digest: boolean;
                                words: string;
                            };
                        }[];
                        excluded?: {
                            reason: string;
                            paragraph: string;
                        }[];
                        meeting?: {
                            body: string;
                            bodyName: string;
                            date?: string;
                            rightToAttendAndSpeak: string;
                            paragraph: string;
                        };
                        warnings?: string[];
                        /** @description The revision of the council's rules it was planned under */
                        revision?: {
                            number: number;
                            /**
                             * Format: date
                             * @description The London day the revision took effect
                             */
                            inForceFrom: string;
                        };
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    EventsController_export: {
        parameters: {
            query?: {
                /** @description Words in the title, description or venue, case aside */
                q?: string;
                kind?: string;
                /** @description Affected, or adjoining and told */
                division?: string;
                status?: "active" | "cancelled";
                /** @description Registered at or after */
                from?: string;
                /** @description Registered at or before */
                to?: string;
                /** @description Happens (starts to ends, opens to closes) at or after, in part */
                happensFrom?: string;
                /** @description Happens at or before, in part */
                happensTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One line per event, newest first, with a header row; at most 10000 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    EventsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event, its versions and its alerts; for a member, the event and the member's alerts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        title: string;
                        /** @enum {string} */
                        status: "active" | "cancelled";
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The event as registered, with its latest changes */
                        event: {
                            [key: string]: unknown;
                        };
                        /** @description The council system it came from, if one sent it, e.g. label "Street Manager works WRK-1" */
                        origin: {
                            /** @description The council system the event came from, e.g. "street-manager"; with sourceRef */
                            source: string;
                            /** @description That system's own reference, unique per source: sent again, it answers the same event */
                            sourceRef: string;
                            label: string;
                        } | null;
                        /** @description Who must be told, and why, under the protocol */
                        plan: {
                            /** Format: uuid */
                            eventId?: string;
                            /** @description One of the kinds of event the council's rules define */
                            kind: string;
                            title: string;
                            paragraph: string;
                            summary: string;
                            /** @description What decided the affected divisions */
                            basis: string;
                            countywide: boolean;
                            affectedDivisions: string[];
                            adjoiningDivisions: string[];
                            adjoiningAlerted: boolean;
                            /** Format: date-time */
                            sendAt: string;
                            recipients: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                kind: "member" | "officer";
                                /** @enum {string} */
                                action: "invite" | "notify" | "inform";
                                division?: string;
                                /** @description Why this person is told, each with its paragraph */
                                reasons: {
                                    /** @enum {string} */
                                    relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                    /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                    paragraph: string;
                                    division?: string;
                                    role?: string;
                                    /** @description The body whose chair was told: one of the council’s bodies */
                                    chairOf?: string;
                                    topic?: string;
                                    service?: string;
                                }[];
                                /** @description In a preview: when the member's quiet hours or daily summary put their message */
                                timing?: {
                                    /** Format: date-time */
                                    sendAt: string;
                                    digest: boolean;
                                    words: string;
                                };
                            }[];
                            excluded?: {
                                reason: string;
                                paragraph: string;
                            }[];
                            meeting?: {
                                body: string;
                                bodyName: string;
                                date?: string;
                                rightToAttendAndSpeak: string;
                                paragraph: string;
                            };
                            warnings?: string[];
                            /** @description The revision of the council's rules it was planned under */
                            revision?: {
                                number: number;
                                /**
                                 * Format: date
                                 * @description The London day the revision took effect
                                 */
                                inForceFrom: string;
                            };
                        };
                        /** @description How many alerts of the latest version are in each status */
                        delivery: {
                            [key: string]: number;
                        };
                        versions: {
                            version: number;
                            changes: string[];
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                        }[];
                        notifications: {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            recipient: {
                                /** @enum {string} */
                                kind: "member" | "officer";
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string;
                            };
                            /**
                             * @description An e-mail, or a text message
                             * @enum {string}
                             */
                            channel: "email" | "sms";
                            /** @description The number a text went to */
                            mobile: string | null;
                            /** @enum {string} */
                            action: "invite" | "notify" | "inform";
                            /** @enum {string} */
                            change: "new" | "updated" | "removed" | "cancelled";
                            /** @description Why this person is told, each with its paragraph */
                            reasons: {
                                /** @enum {string} */
                                relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                paragraph: string;
                                division?: string;
                                role?: string;
                                /** @description The body whose chair was told: one of the council’s bodies */
                                chairOf?: string;
                                topic?: string;
                                service?: string;
                            }[];
                            /** Format: date-time */
                            sendAt: string;
                            /** @enum {string} */
                            status: "created" | "queued" | "sending" | "sent" | "temporary-failure" | "permanent-failure" | "technical-failure" | "cancelled" | "acknowledged" | "held";
                            attempts: number;
                            lastError: string | null;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /**
                             * @description What GOV.UK Notify’s last delivery receipt said; null until one came
                             * @enum {string|null}
                             */
                            deliveryStatus: "delivered" | "permanent-failure" | "temporary-failure" | "technical-failure" | null;
                            /**
                             * Format: date-time
                             * @description When that receipt’s status was reached
                             */
                            deliveryAt: string | null;
                        }[];
                    } | {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        title: string;
                        /** @enum {string} */
                        status: "active" | "cancelled";
                        version: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description What, when, where and whom to ask; who else was told is for officers only */
                        details: {
                            description?: string;
                            venue?: string;
                            startsAt?: string;
                            endsAt?: string;
                            opensAt?: string;
                            closesAt?: string;
                            respondBy?: string;
                            contact?: {
                                name: string;
                                /** Format: email */
                                email: string;
                                phone?: string;
                            };
                            link?: string;
                            /** @description GeoJSON, as registered */
                            location?: Record<string, never>;
                            crs?: string;
                            countywide: boolean;
                            affectedDivisions: string[];
                            /** @description Adjoining divisions whose members are told too */
                            adjoiningDivisions: string[];
                        };
                        /** @description Your alerts of it, newest first */
                        alerts: {
                            /** Format: uuid */
                            id: string;
                            /** @description The event as it is now */
                            event: {
                                /** Format: uuid */
                                id: string;
                                kind: string | null;
                                title: string | null;
                                /** @enum {string|null} */
                                status: "active" | "cancelled" | null;
                                currentVersion: number | null;
                                /** @description What, when, where and whom to ask; who else was told is for officers only */
                                details: {
                                    description?: string;
                                    venue?: string;
                                    startsAt?: string;
                                    endsAt?: string;
                                    opensAt?: string;
                                    closesAt?: string;
                                    respondBy?: string;
                                    contact?: {
                                        name: string;
                                        /** Format: email */
                                        email: string;
                                        phone?: string;
                                    };
                                    link?: string;
                                    /** @description GeoJSON, as registered */
                                    location?: Record<string, never>;
                                    crs?: string;
                                    countywide: boolean;
                                    affectedDivisions: string[];
                                    /** @description Adjoining divisions whose members are told too */
                                    adjoiningDivisions: string[];
                                } | null;
                            };
                            /** @description The version of the event this alert told of */
                            version: number;
                            /** @enum {string} */
                            change: "new" | "updated" | "removed" | "cancelled";
                            /** @enum {string} */
                            action: "invite" | "notify" | "inform";
                            /** @description Why this person is told, each with its paragraph */
                            reasons: {
                                /** @enum {string} */
                                relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                paragraph: string;
                                division?: string;
                                role?: string;
                                /** @description The body whose chair was told: one of the council’s bodies */
                                chairOf?: string;
                                topic?: string;
                                service?: string;
                            }[];
                            /** Format: date-time */
                            sendAt: string;
                            /** @enum {string} */
                            status: "created" | "queued" | "sending" | "sent" | "temporary-failure" | "permanent-failure" | "technical-failure" | "cancelled" | "acknowledged" | "held";
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    EventsController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The new version; its alerts are queued */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        /** @enum {string} */
                        status: "active" | "cancelled";
                        /** @description What changed, in words, for the alerts */
                        changes: string[];
                        /** @description Who must be told, and why, under the protocol */
                        plan: {
                            /** Format: uuid */
                            eventId?: string;
                            /** @description One of the kinds of event the council's rules define */
                            kind: string;
                            title: string;
                            paragraph: string;
                            summary: string;
                            /** @description What decided the affected divisions */
                            basis: string;
                            countywide: boolean;
                            affectedDivisions: string[];
                            adjoiningDivisions: string[];
                            adjoiningAlerted: boolean;
                            /** Format: date-time */
                            sendAt: string;
                            recipients: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                kind: "member" | "officer";
                                /** @enum {string} */
                                action: "invite" | "notify" | "inform";
                                division?: string;
                                /** @description Why this person is told, each with its paragraph */
                                reasons: {
                                    /** @enum {string} */
                                    relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                    /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                    paragraph: string;
                                    division?: string;
                                    role?: string;
                                    /** @description The body whose chair was told: one of the council’s bodies */
                                    chairOf?: string;
                                    topic?: string;
                                    service?: string;
                                }[];
                                /** @description In a preview: when the member's quiet hours or daily summary put their message */
                                timing?: {
                                    /** Format: date-time */
                                    sendAt: string;
                                    digest: boolean;
                                    words: string;
                                };
                            }[];
                            excluded?: {
                                reason: string;
                                paragraph: string;
                            }[];
                            meeting?: {
                                body: string;
                                bodyName: string;
                                date?: string;
                                rightToAttendAndSpeak: string;
                                paragraph: string;
                            };
                            warnings?: string[];
                            /** @description The revision of the council's rules it was planned under */
                            revision?: {
                                number: number;
                                /**
                                 * Format: date
                                 * @description The London day the revision took effect
                                 */
                                inForceFrom: string;
                            };
                        };
                        /** @description Alerts written for this version */
                        notified: number;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    EventsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Cancelled; everyone who heard of it is told */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        version: number;
                        /** @enum {string} */
                        status: "active" | "cancelled";
                        /** @description What changed, in words, for the alerts */
                        changes: string[];
                        /** @description Who must be told, and why, under the protocol */
                        plan: {
                            /** Format: uuid */
                            eventId?: string;
                            /** @description One of the kinds of event the council's rules define */
                            kind: string;
                            title: string;
                            paragraph: string;
                            summary: string;
                            /** @description What decided the affected divisions */
                            basis: string;
                            countywide: boolean;
                            affectedDivisions: string[];
                            adjoiningDivisions: string[];
                            adjoiningAlerted: boolean;
                            /** Format: date-time */
                            sendAt: string;
                            recipients: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                kind: "member" | "officer";
                                /** @enum {string} */
                                action: "invite" | "notify" | "inform";
                                division?: string;
                                /** @description Why this person is told, each with its paragraph */
                                reasons: {
                                    /** @enum {string} */
                                    relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                    /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                    paragraph: string;
                                    division?: string;
                                    role?: string;
                                    /** @description The body whose chair was told: one of the council’s bodies */
                                    chairOf?: string;
                                    topic?: string;
                                    service?: string;
                                }[];
                                /** @description In a preview: when the member's quiet hours or daily summary put their message */
                                timing?: {
                                    /** Format: date-time */
                                    sendAt: string;
                                    digest: boolean;
                                    words: string;
                                };
                            }[];
                            excluded?: {
                                reason: string;
                                paragraph: string;
                            }[];
                            meeting?: {
                                body: string;
                                bodyName: string;
                                date?: string;
                                rightToAttendAndSpeak: string;
                                paragraph: string;
                            };
                            warnings?: string[];
                            /** @description The revision of the council's rules it was planned under */
                            revision?: {
                                number: number;
                                /**
                                 * Format: date
                                 * @description The London day the revision took effect
                                 */
                                inForceFrom: string;
                            };
                        };
                        /** @description Alerts written for this version */
                        notified: number;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    EventsController_circulation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The text to paste into the report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    EventsController_audit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One line per thing that happened, oldest first, with a header row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AlertsController_mine: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of your alerts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        memberId: string;
                        total: number;
                        limit: number;
                        offset: number;
                        alerts: {
                            /** Format: uuid */
                            id: string;
                            /** @description The event as it is now */
                            event: {
                                /** Format: uuid */
                                id: string;
                                kind: string | null;
                                title: string | null;
                                /** @enum {string|null} */
                                status: "active" | "cancelled" | null;
                                currentVersion: number | null;
                                /** @description What, when, where and whom to ask; who else was told is for officers only */
                                details: {
                                    description?: string;
                                    venue?: string;
                                    startsAt?: string;
                                    endsAt?: string;
                                    opensAt?: string;
                                    closesAt?: string;
                                    respondBy?: string;
                                    contact?: {
                                        name: string;
                                        /** Format: email */
                                        email: string;
                                        phone?: string;
                                    };
                                    link?: string;
                                    /** @description GeoJSON, as registered */
                                    location?: Record<string, never>;
                                    crs?: string;
                                    countywide: boolean;
                                    affectedDivisions: string[];
                                    /** @description Adjoining divisions whose members are told too */
                                    adjoiningDivisions: string[];
                                } | null;
                            };
                            /** @description The version of the event this alert told of */
                            version: number;
                            /** @enum {string} */
                            change: "new" | "updated" | "removed" | "cancelled";
                            /** @enum {string} */
                            action: "invite" | "notify" | "inform";
                            /** @description Why this person is told, each with its paragraph */
                            reasons: {
                                /** @enum {string} */
                                relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                paragraph: string;
                                division?: string;
                                role?: string;
                                /** @description The body whose chair was told: one of the council’s bodies */
                                chairOf?: string;
                                topic?: string;
                                service?: string;
                            }[];
                            /** Format: date-time */
                            sendAt: string;
                            /** @enum {string} */
                            status: "created" | "queued" | "sending" | "sent" | "temporary-failure" | "permanent-failure" | "technical-failure" | "cancelled" | "acknowledged" | "held";
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AlertsController_escalations: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of escalated alerts, each with its recipient */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        limit: number;
                        offset: number;
                        escalations: {
                            /** Format: uuid */
                            id: string;
                            /** @description The event as it is now */
                            event: {
                                /** Format: uuid */
                                id: string;
                                kind: string | null;
                                title: string | null;
                                /** @enum {string|null} */
                                status: "active" | "cancelled" | null;
                                currentVersion: number | null;
                                /** @description What, when, where and whom to ask; who else was told is for officers only */
                                details: {
                                    description?: string;
                                    venue?: string;
                                    startsAt?: string;
                                    endsAt?: string;
                                    opensAt?: string;
                                    closesAt?: string;
                                    respondBy?: string;
                                    contact?: {
                                        name: string;
                                        /** Format: email */
                                        email: string;
                                        phone?: string;
                                    };
                                    link?: string;
                                    /** @description GeoJSON, as registered */
                                    location?: Record<string, never>;
                                    crs?: string;
                                    countywide: boolean;
                                    affectedDivisions: string[];
                                    /** @description Adjoining divisions whose members are told too */
                                    adjoiningDivisions: string[];
                                } | null;
                            };
                            /** @description The version of the event this alert told of */
                            version: number;
                            /** @enum {string} */
                            change: "new" | "updated" | "removed" | "cancelled";
                            /** @enum {string} */
                            action: "invite" | "notify" | "inform";
                            /** @description Why this person is told, each with its paragraph */
                            reasons: {
                                /** @enum {string} */
                                relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                paragraph: string;
                                division?: string;
                                role?: string;
                                /** @description The body whose chair was told: one of the council’s bodies */
                                chairOf?: string;
                                topic?: string;
                                service?: string;
                            }[];
                            /** Format: date-time */
                            sendAt: string;
                            /** @enum {string} */
                            status: "created" | "queued" | "sending" | "sent" | "temporary-failure" | "permanent-failure" | "technical-failure" | "cancelled" | "acknowledged" | "held";
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            recipient: {
                                /** @enum {string} */
                                kind: "member" | "officer";
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AcknowledgeController_page: {
        parameters: {
            query: {
                /** @description From the signed link */
                token: string;
                /** @description From the signed link */
                expires: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the alert is, and a button to acknowledge it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description It is no longer available */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AcknowledgeController_ack: {
        parameters: {
            query?: {
                /** @description From the signed link, instead of a key */
                token?: string;
                /** @description From the signed link, instead of a key */
                expires?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Acknowledged (or already was): JSON, or a page when the request asks for HTML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "acknowledged";
                        /** Format: date-time */
                        acknowledgedAt: string;
                        /** @description True when an earlier request had already acknowledged it */
                        alreadyAcknowledged: boolean;
                    };
                    "text/html": string;
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                    "text/html": string;
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                    "text/html": string;
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                    "text/html": string;
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                    "text/html": string;
                };
            };
            /** @description It is no longer available */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                    "text/html": string;
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PreferencesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your preferences */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 22:00 */
                        quietHoursStart: string | null;
                        /** @example 22:00 */
                        quietHoursEnd: string | null;
                        digest: boolean;
                        /** @description Your mobile number for texts, as people write it (07700 900123) */
                        mobile: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said texts to that number cannot be delivered; null while they can
                         */
                        mobileFailedAt: string | null;
                        /** @description When the daily digest goes, London time */
                        digestAt: string;
                        /** @enum {string} */
                        timeZone: "Europe/London";
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PreferencesController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example 22:00 */
                    quietHoursStart?: string | null;
                    /** @example 07:00 */
                    quietHoursEnd?: string | null;
                    digest?: boolean;
                    /**
                     * @description A UK mobile number for alerts the council sends by text too; null or empty removes it, left out it stays
                     * @example 07700 900123
                     */
                    mobile?: string | null;
                };
            };
        };
        responses: {
            /** @description Your preferences, as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 22:00 */
                        quietHoursStart: string | null;
                        /** @example 22:00 */
                        quietHoursEnd: string | null;
                        digest: boolean;
                        /** @description Your mobile number for texts, as people write it (07700 900123) */
                        mobile: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said texts to that number cannot be delivered; null while they can
                         */
                        mobileFailedAt: string | null;
                        /** @description When the daily digest goes, London time */
                        digestAt: string;
                        /** @enum {string} */
                        timeZone: "Europe/London";
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Both answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        checks: {
                            /** @enum {string} */
                            database: "up" | "down";
                            /** @enum {string} */
                            redis: "up" | "down";
                        };
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description One of them does not: which, in checks */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "degraded";
                        checks: {
                            /** @enum {string} */
                            database: "up" | "down";
                            /** @enum {string} */
                            redis: "up" | "down";
                        };
                    };
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MetricsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics, in the Prometheus text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PolicyController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The council's kinds of event, in the order its file gives them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        council: {
                            name: string;
                            /** @description What the council calls an area, its areas and its whole area, e.g. "ward", "wards", "the whole borough" */
                            area: {
                                one: string;
                                many: string;
                                whole: string;
                            };
                        };
                        kinds: {
                            key: string;
                            label: string;
                            hint: string;
                            paragraph: string;
                            urgent: boolean;
                            requires: {
                                field: string;
                                label: string;
                                because: string;
                            }[];
                            fields: {
                                field: string;
                                label: string;
                                hint?: string;
                                required: boolean;
                                missing?: string;
                            }[];
                        }[];
                        roles: {
                            key: string;
                            label: string;
                            title?: string;
                            needsPortfolio?: boolean;
                        }[];
                        bodies: {
                            key: string;
                            label: string;
                        }[];
                        /** @description The paragraph under which others besides the local members are told */
                        escalation: {
                            paragraph: string;
                        };
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PolicyController_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules in words, kind by kind */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        council: string;
                        /** @description Which roles only one member may hold at a time, in a sentence */
                        holders: string;
                        kinds: {
                            key: string;
                            title: string;
                            paragraph: string;
                            /** @description What the kind covers, in one line */
                            covers: string;
                            rules: {
                                /** @description Which rule: "Who is told", "When"… */
                                rule: string;
                                /** @description The rule in a sentence */
                                says: string;
                                /** @description Where the rule comes from */
                                basis?: {
                                    /** @description The protocol's own words, quoted */
                                    protocol?: string;
                                    /** @description The council's reason, where the rule is its own choice */
                                    choice?: string;
                                };
                            }[];
                        }[];
                        choices: {
                            rule: string;
                            reason: string;
                            kinds: string[];
                        }[];
                        /** @description The revision of the council's rules it was planned under */
                        revision: {
                            number: number;
                            /**
                             * Format: date
                             * @description The London day the revision took effect
                             */
                            inForceFrom: string;
                        };
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PolicyController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/yaml": string;
                "text/yaml": string;
                "text/plain": string;
                "application/json": string;
            };
        };
        responses: {
            /** @description The file has no problems */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        council: string;
                        /** @description Which roles only one member may hold at a time, in a sentence */
                        holders: string;
                        kinds: {
                            key: string;
                            title: string;
                            paragraph: string;
                            /** @description What the kind covers, in one line */
                            covers: string;
                            rules: {
                                /** @description Which rule: "Who is told", "When"… */
                                rule: string;
                                /** @description The rule in a sentence */
                                says: string;
                                /** @description Where the rule comes from */
                                basis?: {
                                    /** @description The protocol's own words, quoted */
                                    protocol?: string;
                                    /** @description The council's reason, where the rule is its own choice */
                                    choice?: string;
                                };
                            }[];
                        }[];
                        choices: {
                            rule: string;
                            reason: string;
                            kinds: string[];
                        }[];
                        /**
                         * Format: date
                         * @description The day the file says it takes effect
                         */
                        inForceFrom: string;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PolicyController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/yaml": string;
                "text/yaml": string;
                "text/plain": string;
                "application/json": string;
            };
        };
        responses: {
            /** @description The events the file would plan differently */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description 90 days ago: events registered since are re-planned
                         */
                        from: string;
                        /** @description How many events were re-planned */
                        checked: number;
                        /** @description More than 500 events: the newest 500 were */
                        more: boolean;
                        unchanged: number;
                        events: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            kind: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @description The revision it was planned under */
                            revision: number;
                            added?: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "member" | "officer";
                                division?: string;
                                /** @description Why this person is told, each with its paragraph */
                                reasons: {
                                    /** @enum {string} */
                                    relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                    /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                    paragraph: string;
                                    division?: string;
                                    role?: string;
                                    /** @description The body whose chair was told: one of the council’s bodies */
                                    chairOf?: string;
                                    topic?: string;
                                    service?: string;
                                }[];
                            }[];
                            dropped?: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "member" | "officer";
                                division?: string;
                                /** @description Why this person is told, each with its paragraph */
                                reasons: {
                                    /** @enum {string} */
                                    relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                    /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                    paragraph: string;
                                    division?: string;
                                    role?: string;
                                    /** @description The body whose chair was told: one of the council’s bodies */
                                    chairOf?: string;
                                    topic?: string;
                                    service?: string;
                                }[];
                            }[];
                            reasonsChanged?: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "member" | "officer";
                                division?: string;
                                /** @description Why this person is told, each with its paragraph */
                                reasons: {
                                    /** @enum {string} */
                                    relation: "local" | "adjoining" | "interest" | "escalation" | "officer";
                                    /** @description The protocol paragraph(s), e.g. "28" or "26, 35" */
                                    paragraph: string;
                                    division?: string;
                                    role?: string;
                                    /** @description The body whose chair was told: one of the council’s bodies */
                                    chairOf?: string;
                                    topic?: string;
                                    service?: string;
                                }[];
                            }[];
                            /** @description How the time of the notice would change, in words */
                            timing?: string;
                            excluded?: string[];
                            /** @description Why the new rules could not plan it at all */
                            refused?: string;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PolicyController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every revision, without its file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The number of the revision in force today */
                        inForce: number | null;
                        revisions: {
                            number: number;
                            /**
                             * Format: date
                             * @description The London day it takes effect
                             */
                            inForceFrom: string;
                            /** @enum {string} */
                            status: "in_force" | "future" | "superseded";
                            publishedBy: string;
                            /** Format: date-time */
                            publishedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PolicyController_publish: {
        parameters: {
            query: {
                /** @description The London day it takes effect */
                inForceFrom: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/yaml": string;
                "text/yaml": string;
                "text/plain": string;
                "application/json": string;
            };
        };
        responses: {
            /** @description Published, with an audit line */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        number: number;
                        /**
                         * Format: date
                         * @description The London day it takes effect
                         */
                        inForceFrom: string;
                        /** @enum {string} */
                        status: "in_force" | "future" | "superseded";
                        publishedBy: string;
                        /** Format: date-time */
                        publishedAt: string;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PolicyController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy file (YAML, or JSON as it was uploaded) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    HeldNoticesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every held notice of the council */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The periods that hold these notices, and any in the rules that has not ended yet */
                        periods: {
                            election: string;
                            /**
                             * Format: date
                             * @description Notice of election: the first day of the period (London)
                             */
                            from: string;
                            /**
                             * Format: date
                             * @description Close of poll: the last day of the period (London)
                             */
                            to: string;
                            /** @description The divisions it covers; null for the whole council */
                            divisions: string[] | null;
                        }[];
                        /** @description Held notices, the earliest due first */
                        notices: {
                            /** Format: uuid */
                            id: string;
                            event: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                kind: string;
                                version: number;
                            };
                            recipient: {
                                /** @enum {string} */
                                kind: "member" | "officer";
                                name: string;
                            };
                            /** @enum {string} */
                            action: "invite" | "notify" | "inform";
                            /** @enum {string} */
                            change: "new" | "updated" | "removed" | "cancelled";
                            /**
                             * Format: date-time
                             * @description When it would have gone, had no period held it
                             */
                            sendAt: string;
                            /** Format: date-time */
                            heldAt: string;
                            /** @enum {string} */
                            status: "created" | "queued" | "sending" | "sent" | "temporary-failure" | "permanent-failure" | "technical-failure" | "cancelled" | "acknowledged" | "held";
                            /** @description A pre-election period from the council's rules */
                            heldFor: {
                                election: string;
                                /**
                                 * Format: date
                                 * @description Notice of election: the first day of the period (London)
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description Close of poll: the last day of the period (London)
                                 */
                                to: string;
                                /** @description The divisions it covers; null for the whole council */
                                divisions: string[] | null;
                            };
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    HeldNoticesController_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Released, with its status now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        event: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            kind: string;
                            version: number;
                        };
                        recipient: {
                            /** @enum {string} */
                            kind: "member" | "officer";
                            name: string;
                        };
                        /** @enum {string} */
                        action: "invite" | "notify" | "inform";
                        /** @enum {string} */
                        change: "new" | "updated" | "removed" | "cancelled";
                        /**
                         * Format: date-time
                         * @description When it would have gone, had no period held it
                         */
                        sendAt: string;
                        /** Format: date-time */
                        heldAt: string;
                        /** @enum {string} */
                        status: "created" | "queued" | "sending" | "sent" | "temporary-failure" | "permanent-failure" | "technical-failure" | "cancelled" | "acknowledged" | "held";
                        /** @description A pre-election period from the council's rules */
                        heldFor: {
                            election: string;
                            /**
                             * Format: date
                             * @description Notice of election: the first day of the period (London)
                             */
                            from: string;
                            /**
                             * Format: date
                             * @description Close of poll: the last day of the period (London)
                             */
                            to: string;
                            /** @description The divisions it covers; null for the whole council */
                            divisions: string[] | null;
                        };
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    HeldNoticesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why it is never sent: one line, at most 1000 characters */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Withdrawn: never sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        event: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            kind: string;
                            version: number;
                        };
                        recipient: {
                            /** @enum {string} */
                            kind: "member" | "officer";
                            name: string;
                        };
                        /** @enum {string} */
                        action: "invite" | "notify" | "inform";
                        /** @enum {string} */
                        change: "new" | "updated" | "removed" | "cancelled";
                        /**
                         * Format: date-time
                         * @description When it would have gone, had no period held it
                         */
                        sendAt: string;
                        /** Format: date-time */
                        heldAt: string;
                        /** @enum {string} */
                        status: "created" | "queued" | "sending" | "sent" | "temporary-failure" | "permanent-failure" | "technical-failure" | "cancelled" | "acknowledged" | "held";
                        /** @description A pre-election period from the council's rules */
                        heldFor: {
                            election: string;
                            /**
                             * Format: date
                             * @description Notice of election: the first day of the period (London)
                             */
                            from: string;
                            /**
                             * Format: date
                             * @description Close of poll: the last day of the period (London)
                             */
                            to: string;
                            /** @description The divisions it covers; null for the whole council */
                            divisions: string[] | null;
                        };
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MembersController_list: {
        parameters: {
            query?: {
                active?: "true" | "false";
                /** @description Sits for it today */
                division?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        members: {
                            /** Format: uuid */
                            id: string;
                            /** @description The council’s id */
                            externalId: string;
                            name: string;
                            email: string;
                            /** @description The seat held today; null once the member has left */
                            division: string | null;
                            roles: string[];
                            portfolio: string | null;
                            interests: string[];
                            chairs: string[];
                            /**
                             * Format: date-time
                             * @description When the former member’s personal data was erased
                             */
                            erasedAt: string | null;
                            /** @description Their mobile number for texts, as people write it (07700 900123) */
                            mobile: string | null;
                            /**
                             * Format: date-time
                             * @description When GOV.UK Notify said their e-mail address does not exist; null once it is changed
                             */
                            emailFailedAt: string | null;
                            /**
                             * Format: date-time
                             * @description When GOV.UK Notify said texts to their mobile number cannot be delivered; null once it is changed
                             */
                            mobileFailedAt: string | null;
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MembersController_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The council’s id */
                    externalId?: string;
                    /** @description The council’s id, as the roster CSV names it: the same as externalId */
                    id?: string;
                    name: string;
                    /** Format: email */
                    email: string;
                    /** @description A division of the boundaries in force today */
                    division: string;
                    /** @description The roles the member holds: the council's rules define them */
                    roles?: string[];
                    /** @description Required for a role the council's rules hold for a portfolio */
                    portfolio?: string | null;
                    /** @description §34 topics, lower-cased; one line of plain text each */
                    interests?: string[];
                    /**
                     * @description A UK mobile number, for alerts the council also sends by text; null or empty removes it
                     * @example 07700 900123
                     */
                    mobile?: string | null;
                    /** @description The bodies the member chairs: the council's rules define them */
                    chairs?: string[];
                    /**
                     * Format: date
                     * @description The first day of the seat, today or earlier; today when left out
                     */
                    seatedFrom?: string;
                } | unknown | unknown;
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The council’s id */
                        externalId: string;
                        name: string;
                        email: string;
                        /** @description The seat held today; null once the member has left */
                        division: string | null;
                        roles: string[];
                        portfolio: string | null;
                        interests: string[];
                        chairs: string[];
                        /**
                         * Format: date-time
                         * @description When the former member’s personal data was erased
                         */
                        erasedAt: string | null;
                        /** @description Their mobile number for texts, as people write it (07700 900123) */
                        mobile: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said their e-mail address does not exist; null once it is changed
                         */
                        emailFailedAt: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said texts to their mobile number cannot be delivered; null once it is changed
                         */
                        mobileFailedAt: string | null;
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The seats held over time, latest first */
                        seats: {
                            division: string;
                            /** Format: date */
                            termStart: string;
                            /** Format: date */
                            termEnd: string | null;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MembersController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One line per active member, by name, with a header row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MembersController_import: {
        parameters: {
            query?: {
                /** @description "missing": people not in the file leave (otherwise they stay) */
                remove?: "missing";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description The preview and the token that confirms it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send it to …/import/{token}/confirm to apply this preview */
                        token: string;
                        /**
                         * Format: date-time
                         * @description The preview can be confirmed until then (30 minutes)
                         */
                        expiresAt: string;
                        /** @description Whether people not in the file would leave */
                        removeMissing: boolean;
                        /** @description People on the roster now */
                        rosterSize: number;
                        /** @description More than a quarter would leave: the confirmation must send removeCount */
                        removeCountRequired: boolean;
                        added: {
                            /** @description The council’s id */
                            id: string;
                            name: string;
                        }[];
                        changed: {
                            id: string;
                            name: string;
                            changes: {
                                field: string;
                                from: string;
                                to: string;
                                /** @description e.g. "Division: Oadby → Wigston Poplars" */
                                text: string;
                            }[];
                        }[];
                        unchanged: number;
                        /** @description Not in the file, and would leave the roster */
                        leaving: {
                            /** @description The council’s id */
                            id: string;
                            name: string;
                        }[];
                        /** @description Not in the file, and stay on the roster */
                        kept: {
                            /** @description The council’s id */
                            id: string;
                            name: string;
                        }[];
                        warnings: string[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MembersController_confirmImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description How many leave, typed back; required when more than a quarter of the roster would */
                    removeCount?: number;
                };
            };
        };
        responses: {
            /** @description Imported: how many were added, changed, unchanged and left */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        updated: number;
                        unchanged: number;
                        /** @description People missing from the file, who left the roster */
                        deactivated: number;
                        warnings: string[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It is no longer available */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MembersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The council’s id */
                        externalId: string;
                        name: string;
                        email: string;
                        /** @description The seat held today; null once the member has left */
                        division: string | null;
                        roles: string[];
                        portfolio: string | null;
                        interests: string[];
                        chairs: string[];
                        /**
                         * Format: date-time
                         * @description When the former member’s personal data was erased
                         */
                        erasedAt: string | null;
                        /** @description Their mobile number for texts, as people write it (07700 900123) */
                        mobile: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said their e-mail address does not exist; null once it is changed
                         */
                        emailFailedAt: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said texts to their mobile number cannot be delivered; null once it is changed
                         */
                        mobileFailedAt: string | null;
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The seats held over time, latest first */
                        seats: {
                            division: string;
                            /** Format: date */
                            termStart: string;
                            /** Format: date */
                            termEnd: string | null;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MembersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member, now inactive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The council’s id */
                        externalId: string;
                        name: string;
                        email: string;
                        /** @description The seat held today; null once the member has left */
                        division: string | null;
                        roles: string[];
                        portfolio: string | null;
                        interests: string[];
                        chairs: string[];
                        /**
                         * Format: date-time
                         * @description When the former member’s personal data was erased
                         */
                        erasedAt: string | null;
                        /** @description Their mobile number for texts, as people write it (07700 900123) */
                        mobile: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said their e-mail address does not exist; null once it is changed
                         */
                        emailFailedAt: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said texts to their mobile number cannot be delivered; null once it is changed
                         */
                        mobileFailedAt: string | null;
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The seats held over time, latest first */
                        seats: {
                            division: string;
                            /** Format: date */
                            termStart: string;
                            /** Format: date */
                            termEnd: string | null;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MembersController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The council’s id */
                    externalId?: string;
                    /** @description The council’s id, as the roster CSV names it: the same as externalId */
                    id?: string;
                    name?: string;
                    /** Format: email */
                    email?: string;
                    /** @description A division of the boundaries in force today */
                    division?: string;
                    /** @description The roles the member holds: the council's rules define them */
                    roles?: string[];
                    /** @description Required for a role the council's rules hold for a portfolio */
                    portfolio?: string | null;
                    /** @description §34 topics, lower-cased; one line of plain text each */
                    interests?: string[];
                    /**
                     * @description A UK mobile number, for alerts the council also sends by text; null or empty removes it
                     * @example 07700 900123
                     */
                    mobile?: string | null;
                    /** @description The bodies the member chairs: the council's rules define them */
                    chairs?: string[];
                    /** @description false leaves the roster, true rejoins it */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description The member as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The council’s id */
                        externalId: string;
                        name: string;
                        email: string;
                        /** @description The seat held today; null once the member has left */
                        division: string | null;
                        roles: string[];
                        portfolio: string | null;
                        interests: string[];
                        chairs: string[];
                        /**
                         * Format: date-time
                         * @description When the former member’s personal data was erased
                         */
                        erasedAt: string | null;
                        /** @description Their mobile number for texts, as people write it (07700 900123) */
                        mobile: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said their e-mail address does not exist; null once it is changed
                         */
                        emailFailedAt: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said texts to their mobile number cannot be delivered; null once it is changed
                         */
                        mobileFailedAt: string | null;
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The seats held over time, latest first */
                        seats: {
                            division: string;
                            /** Format: date */
                            termStart: string;
                            /** Format: date */
                            termEnd: string | null;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MembersController_eraseMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member as erased (erasing again changes nothing) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The council’s id */
                        externalId: string;
                        name: string;
                        email: string;
                        /** @description The seat held today; null once the member has left */
                        division: string | null;
                        roles: string[];
                        portfolio: string | null;
                        interests: string[];
                        chairs: string[];
                        /**
                         * Format: date-time
                         * @description When the former member’s personal data was erased
                         */
                        erasedAt: string | null;
                        /** @description Their mobile number for texts, as people write it (07700 900123) */
                        mobile: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said their e-mail address does not exist; null once it is changed
                         */
                        emailFailedAt: string | null;
                        /**
                         * Format: date-time
                         * @description When GOV.UK Notify said texts to their mobile number cannot be delivered; null once it is changed
                         */
                        mobileFailedAt: string | null;
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        /** @description The seats held over time, latest first */
                        seats: {
                            division: string;
                            /** Format: date */
                            termStart: string;
                            /** Format: date */
                            termEnd: string | null;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MembersController_interests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member’s topics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        externalId: string;
                        name: string;
                        topics: string[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    MembersController_putInterests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description §34 topics, lower-cased; one line of plain text each */
                    topics: string[];
                };
            };
        };
        responses: {
            /** @description The member’s topics, as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        externalId: string;
                        name: string;
                        topics: string[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OfficersController_list: {
        parameters: {
            query?: {
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Officers, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        officers: {
                            /** Format: uuid */
                            id: string;
                            /** @description The council’s id */
                            externalId: string;
                            name: string;
                            email: string;
                            services: string[];
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OfficersController_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    externalId?: string;
                    /** @description The same as externalId */
                    id?: string;
                    name: string;
                    /** Format: email */
                    email: string;
                    /** @description §30 */
                    services: string[];
                } | unknown | unknown;
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The council’s id */
                        externalId: string;
                        name: string;
                        email: string;
                        services: string[];
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OfficersController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One line per active officer, by name, with a header row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OfficersController_import: {
        parameters: {
            query?: {
                /** @description "missing": people not in the file leave (otherwise they stay) */
                remove?: "missing";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description The preview and the token that confirms it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send it to …/import/{token}/confirm to apply this preview */
                        token: string;
                        /**
                         * Format: date-time
                         * @description The preview can be confirmed until then (30 minutes)
                         */
                        expiresAt: string;
                        /** @description Whether people not in the file would leave */
                        removeMissing: boolean;
                        /** @description People on the roster now */
                        rosterSize: number;
                        /** @description More than a quarter would leave: the confirmation must send removeCount */
                        removeCountRequired: boolean;
                        added: {
                            /** @description The council’s id */
                            id: string;
                            name: string;
                        }[];
                        changed: {
                            id: string;
                            name: string;
                            changes: {
                                field: string;
                                from: string;
                                to: string;
                                /** @description e.g. "Division: Oadby → Wigston Poplars" */
                                text: string;
                            }[];
                        }[];
                        unchanged: number;
                        /** @description Not in the file, and would leave the roster */
                        leaving: {
                            /** @description The council’s id */
                            id: string;
                            name: string;
                        }[];
                        /** @description Not in the file, and stay on the roster */
                        kept: {
                            /** @description The council’s id */
                            id: string;
                            name: string;
                        }[];
                        warnings: string[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OfficersController_confirmImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description How many leave, typed back; required when more than a quarter of the roster would */
                    removeCount?: number;
                };
            };
        };
        responses: {
            /** @description Imported: how many were added, changed, unchanged and left */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        updated: number;
                        unchanged: number;
                        /** @description People missing from the file, who left the roster */
                        deactivated: number;
                        warnings: string[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It is no longer available */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OfficersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The officer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The council’s id */
                        externalId: string;
                        name: string;
                        email: string;
                        services: string[];
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OfficersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The officer, now inactive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The council’s id */
                        externalId: string;
                        name: string;
                        email: string;
                        services: string[];
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    OfficersController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    externalId?: string;
                    /** @description The same as externalId */
                    id?: string;
                    name?: string;
                    /** Format: email */
                    email?: string;
                    /** @description §30 */
                    services?: string[];
                    /** @description false leaves the roster */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description The officer as changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @description The council’s id */
                        externalId: string;
                        name: string;
                        email: string;
                        services: string[];
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BoundariesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every generation, without its geometry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        inEffect: string | null;
                        generations: {
                            /** Format: uuid */
                            id: string;
                            label: string;
                            /** Format: date */
                            effectiveFrom: string;
                            /** @enum {string} */
                            status: "in_effect" | "future" | "superseded";
                            /** @enum {string} */
                            sourceCrs: "EPSG:4326" | "EPSG:27700";
                            divisionCount: number;
                            warnings: ({
                                code: string;
                                divisions: string[];
                                message: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            createdBy: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BoundariesController_create: {
        parameters: {
            query: {
                /** @description The first day they apply */
                effectiveFrom: string;
                /** @description e.g. the Electoral Changes Order */
                label: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/geo+json": Record<string, never>;
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Stored as a new generation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        label: string;
                        /** Format: date */
                        effectiveFrom: string;
                        /** @enum {string} */
                        sourceCrs: "EPSG:4326" | "EPSG:27700";
                        divisionCount: number;
                        /** @description Whether these are the boundaries in force today */
                        inEffect: boolean;
                        warnings: ({
                            code: string;
                            divisions: string[];
                            message: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Members who sit for a division these boundaries do not have */
                        rosterWarnings: string[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BoundariesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The generation and its divisions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        label: string;
                        /** Format: date */
                        effectiveFrom: string;
                        /** @enum {string} */
                        status: "in_effect" | "future" | "superseded";
                        /** @enum {string} */
                        sourceCrs: "EPSG:4326" | "EPSG:27700";
                        divisionCount: number;
                        warnings: ({
                            code: string;
                            divisions: string[];
                            message: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        createdBy: string;
                        /** Format: date-time */
                        createdAt: string;
                        divisions: {
                            name: string;
                            seats: number;
                            neighbours: string[];
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BoundariesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn, with an audit line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        label: string;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    BoundariesController_geojson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The divisions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @enum {string} */
                        type: "FeatureCollection";
                        features: {
                            [key: string]: unknown;
                        }[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthSessionController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key’s holder, or the signed-in person */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "officer" | "democratic_services" | "member" | "leader" | "monitoring_officer";
                        name: string;
                        /** Format: uuid */
                        memberId: string | null;
                        member: {
                            /** Format: uuid */
                            id: string;
                            externalId: string;
                            name: string;
                            division: string | null;
                        } | null;
                        /** @enum {string} */
                        via: "session" | "key";
                        /** @description For officers and democratic services: whom members contact about an event they register that names nobody (themselves when signed in, else the contact set for the key); null when the event must name one */
                        contact: {
                            name: string;
                            /** Format: email */
                            email: string;
                            phone?: string;
                        } | null;
                        /** @description For a session: send it as X-CSRF-Token when changing anything */
                        csrfToken: string | null;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthSessionController_devKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys, with their roles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys: {
                            key: string;
                            /** @enum {string} */
                            role: "officer" | "democratic_services" | "member" | "leader" | "monitoring_officer";
                            name: string;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    AuthSessionController_webConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The console’s settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A tile URL template, or null when there is no basemap or its tile server does not answer */
                        basemapUrl: string | null;
                        basemapAttribution: string | null;
                        basemapAttributionUrl: string | null;
                        devSignIn: boolean;
                        singleSignOn: boolean;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    SignInController_emailLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @description The console page to open once signed in, a path under /app/ (optional) */
                    returnTo?: string;
                };
            };
        };
        responses: {
            /** @description If that address belongs to someone on the council’s Member Alerts roster, a sign-in link is on its way to it. The link works once, within 15 minutes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    SignInController_emailLinkPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page with the Sign in button */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    SignInController_emailLinkSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: to the console, with the session cookie set */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    SignInController_login: {
        parameters: {
            query?: {
                /** @description The console page to open once signed in, a path under /app/; any other address is ignored */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider’s sign-in page (authorization code with PKCE) */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    SignInController_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in: to the console, with the session cookie set */
            302: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    SignInController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is ended; open logoutUrl, when given, to sign out at the provider too */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        signedOut: boolean;
                        logoutUrl: string | null;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PostcodesController_find: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        postcode: string;
                        /** @description WGS84 */
                        lon: number;
                        /** @description WGS84 */
                        lat: number;
                        /** @description British National Grid */
                        easting: number;
                        /** @description British National Grid */
                        northing: number;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    PlacesController_find: {
        parameters: {
            query: {
                /** @description A postcode, like LE18 2FZ, or a division’s name or part of it */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The places found, the best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        places: {
                            name: string;
                            /** @enum {string} */
                            kind: "postcode" | "place" | "division";
                            /** @description WGS84: where to mark the place */
                            lon: number;
                            /** @description WGS84: where to mark the place */
                            lat: number;
                            /** @description A division: [west, south, east, north], WGS84 */
                            bounds?: number[];
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    WebMapController_divisions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The divisions, each named in "name" as plans name it, their outlines simplified for drawing (within a few metres) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": {
                        /** @enum {string} */
                        type: "FeatureCollection";
                        features: {
                            [key: string]: unknown;
                        }[];
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not changed since the ETag given in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    WebMapController_week: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description At most 200 events, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        events: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            title: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description ISO 8601, as the event gave it */
                            startsAt: string | null;
                            /** @description ISO 8601, as the event gave it */
                            opensAt: string | null;
                            affectedDivisions: string[];
                            adjoiningDivisions: string[];
                            /** @description GeoJSON, as the event gave it */
                            location: {
                                [key: string]: unknown;
                            } | null;
                            crs: string | null;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The keys, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        keys: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "officer" | "democratic_services" | "member" | "leader" | "monitoring_officer";
                            /** @description The key’s first characters, to tell keys apart */
                            prefix: string;
                            member: {
                                /** Format: uuid */
                                id: string;
                                externalId: string;
                                name: string;
                            } | null;
                            contact: {
                                name: string;
                                /** Format: email */
                                email: string;
                                phone?: string;
                            } | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            /** Format: date-time */
                            expiresAt: string | null;
                            /** Format: date-time */
                            revokedAt: string | null;
                            revokedBy: string | null;
                            /** @enum {string} */
                            status: "active" | "expired" | "revoked";
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ApiKeysController_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who or what uses the key */
                    name: string;
                    /**
                     * @description officer for systems that register events; member and leader keys need a member
                     * @enum {string}
                     */
                    role: "officer" | "democratic_services" | "member" | "leader" | "monitoring_officer";
                    /** @description Optional, in the future. A date (the last day the key works, UK time) or a date-time with its time zone */
                    expiresAt?: string | null;
                    /** @description Member and leader keys only: the member's database id or the council's id */
                    member?: string;
                    /** @description Officer keys: whom members should contact about events registered with the key that name nobody */
                    contact?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The new key, with its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "officer" | "democratic_services" | "member" | "leader" | "monitoring_officer";
                        /** @description The key’s first characters, to tell keys apart */
                        prefix: string;
                        member: {
                            /** Format: uuid */
                            id: string;
                            externalId: string;
                            name: string;
                        } | null;
                        contact: {
                            name: string;
                            /** Format: email */
                            email: string;
                            phone?: string;
                        } | null;
                        createdBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        lastUsedAt: string | null;
                        /** Format: date-time */
                        expiresAt: string | null;
                        /** Format: date-time */
                        revokedAt: string | null;
                        revokedBy: string | null;
                        /** @enum {string} */
                        status: "active" | "expired" | "revoked";
                        /** @description The key itself, shown in this answer only */
                        key: string;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ApiKeysController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (or it already was) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    StreetManagerController_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/plain": string;
                "application/json": string;
            };
        };
        responses: {
            /** @description Kept, already kept, or the subscription confirmed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        result: "stored" | "duplicate" | "subscribed" | "unsubscribed";
                        /** @description What was done, in plain words */
                        message: string;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ProducerMessagesController_connections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Street Manager and Citizen Space; the mailboxes and WhatDoTheyKnow, as the worker last read them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        "street-manager": {
                            connected: boolean;
                            /** @description For a producer not connected: what whoever runs the server sets, in plain words */
                            howToConnect: string | null;
                        };
                        "citizen-space": {
                            connected: boolean;
                            /** @description For a producer not connected: what whoever runs the server sets, in plain words */
                            howToConnect: string | null;
                        };
                        mailbox: {
                            connected: boolean;
                            /** @description For a producer not connected: what whoever runs the server sets, in plain words */
                            howToConnect: string | null;
                            /** @description The worker's latest read of each mailbox or feed */
                            readings: {
                                /** @description The mailbox or feed, as the worker's settings name it */
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description When the worker last tried to read it
                                 */
                                at: string;
                                /** @description Why it could not be read then, in plain words */
                                problem: string | null;
                            }[];
                        };
                        whatdotheyknow: {
                            connected: boolean;
                            /** @description For a producer not connected: what whoever runs the server sets, in plain words */
                            howToConnect: string | null;
                            /** @description The worker's latest read of each mailbox or feed */
                            readings: {
                                /** @description The mailbox or feed, as the worker's settings name it */
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description When the worker last tried to read it
                                 */
                                at: string;
                                /** @description Why it could not be read then, in plain words */
                                problem: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ProducerMessagesController_list: {
        parameters: {
            query?: {
                offset?: number;
                /** @description Brought within 1 to 200 */
                limit?: number;
                /** @description Text in the reference, the reason or the message id */
                q?: string;
                outcome?: "pending" | "received" | "alert" | "update" | "cancel" | "ignore" | "duplicate" | "error" | "held" | "draft";
                source?: "street-manager" | "citizen-space" | "mailbox" | "whatdotheyknow";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        limit: number;
                        offset: number;
                        messages: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            source: "street-manager" | "citizen-space" | "mailbox" | "whatdotheyknow";
                            /** @description The sender’s own id for the message */
                            messageId: string;
                            /** @description The sender’s reference, e.g. the works reference */
                            ref: string | null;
                            /** @enum {string} */
                            outcome: "pending" | "received" | "alert" | "update" | "cancel" | "ignore" | "duplicate" | "error" | "held" | "draft";
                            reason: string | null;
                            /** Format: uuid */
                            eventId: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            processedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CitizenSpaceAreasController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The areas and the held consultations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        areas: {
                            /** @description The area name as the council’s Citizen Space site spells it */
                            name: string;
                            /** @description The divisions it covers; empty when it covers the whole area */
                            divisions: string[];
                            countywide: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        /** @description Consultations waiting for an area to be mapped */
                        held: {
                            /**
                             * Format: uuid
                             * @description The stored message
                             */
                            id: string;
                            /** @description The consultation’s id on Citizen Space */
                            ref: string | null;
                            title: string;
                            /** @description Its area names not yet mapped to divisions */
                            areas: string[];
                            reason: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CitizenSpaceAreasController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    divisions?: string[];
                    /** @enum {boolean} */
                    countywide?: true;
                };
            };
        };
        responses: {
            /** @description The areas and what is still held */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        areas: {
                            /** @description The area name as the council’s Citizen Space site spells it */
                            name: string;
                            /** @description The divisions it covers; empty when it covers the whole area */
                            divisions: string[];
                            countywide: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        /** @description Consultations waiting for an area to be mapped */
                        held: {
                            /**
                             * Format: uuid
                             * @description The stored message
                             */
                            id: string;
                            /** @description The consultation’s id on Citizen Space */
                            ref: string | null;
                            title: string;
                            /** @description Its area names not yet mapped to divisions */
                            areas: string[];
                            reason: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    CitizenSpaceAreasController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The areas and what is held */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        areas: {
                            /** @description The area name as the council’s Citizen Space site spells it */
                            name: string;
                            /** @description The divisions it covers; empty when it covers the whole area */
                            divisions: string[];
                            countywide: boolean;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        /** @description Consultations waiting for an area to be mapped */
                        held: {
                            /**
                             * Format: uuid
                             * @description The stored message
                             */
                            id: string;
                            /** @description The consultation’s id on Citizen Space */
                            ref: string | null;
                            title: string;
                            /** @description Its area names not yet mapped to divisions */
                            areas: string[];
                            reason: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    DraftsController_list: {
        parameters: {
            query?: {
                /** @description Open (waiting for an officer) unless asked */
                status?: "open" | "confirmed" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The drafts, the newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "open" | "confirmed" | "dismissed";
                        /** @description The newest first */
                        drafts: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            source: "mailbox" | "whatdotheyknow";
                            /** @description Where it came from, in words */
                            sourceInWords: string;
                            /** @description Which mailbox or feed, by its configured name */
                            origin: string;
                            /**
                             * @description Null: the officer chooses
                             * @enum {string|null}
                             */
                            kind: "press_enquiry" | "foi_request" | null;
                            title: string;
                            /**
                             * Format: date-time
                             * @description When it was sent, or the request made
                             */
                            receivedAt: string;
                            /**
                             * Format: date-time
                             * @description Last change by its source or by an officer
                             */
                            updatedAt: string;
                            /** @enum {string} */
                            status: "open" | "confirmed" | "dismissed";
                            places: {
                                /** @description As the text names it (a postcode in its usual form) */
                                text: string;
                                /** @enum {string} */
                                kind: "postcode" | "division" | "place" | "street";
                                /** @description The divisions it lies in: none outside the council's area */
                                divisions: string[];
                            }[];
                            /** @description The divisions the places fall in */
                            divisions: string[];
                            /** @description Open and untouched for 3 working days under the council’s rules */
                            waiting: boolean;
                            /**
                             * Format: uuid
                             * @description The event it was confirmed as
                             */
                            eventId: string | null;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    DraftsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        source: "mailbox" | "whatdotheyknow";
                        /** @description Where it came from, in words */
                        sourceInWords: string;
                        /** @description Which mailbox or feed, by its configured name */
                        origin: string;
                        /**
                         * @description Null: the officer chooses
                         * @enum {string|null}
                         */
                        kind: "press_enquiry" | "foi_request" | null;
                        title: string;
                        /**
                         * Format: date-time
                         * @description When it was sent, or the request made
                         */
                        receivedAt: string;
                        /**
                         * Format: date-time
                         * @description Last change by its source or by an officer
                         */
                        updatedAt: string;
                        /** @enum {string} */
                        status: "open" | "confirmed" | "dismissed";
                        places: {
                            /** @description As the text names it (a postcode in its usual form) */
                            text: string;
                            /** @enum {string} */
                            kind: "postcode" | "division" | "place" | "street";
                            /** @description The divisions it lies in: none outside the council's area */
                            divisions: string[];
                        }[];
                        /** @description The divisions the places fall in */
                        divisions: string[];
                        /** @description Open and untouched for 3 working days under the council’s rules */
                        waiting: boolean;
                        /**
                         * Format: uuid
                         * @description The event it was confirmed as
                         */
                        eventId: string | null;
                        description: string;
                        /** @description Where the places found are named in the description, in text order */
                        placesInText: {
                            /** @description Where in the description it starts (UTF-16 units) */
                            start: number;
                            end: number;
                            /** @description Which of places, counting from 0 */
                            place: number;
                        }[];
                        /** @description How the draft was made, in words, for the officer */
                        notes: string[];
                        link: string | null;
                        /** @description Who sent it: for the officer only, never in an event; null once deleted */
                        sender: {
                            name: string;
                            address: string;
                        } | null;
                        /** @description The message as it came, for the officer only; null once its keeping time has passed */
                        original: string | null;
                        /** Format: date-time */
                        keepOriginalUntil: string | null;
                        /** Format: date-time */
                        originalDeletedAt: string | null;
                        decidedBy: string | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        dismissReason: string | null;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    DraftsController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One of the kinds of event the council's rules define */
                    kind: string;
                    title: string;
                    description?: string;
                    /** @description The place as people know it, e.g. "Oadby Library, Sandhurst Street" */
                    venue?: string;
                    /** @description GeoJSON geometry or Feature, WGS84, or with crs EPSG:27700 */
                    location?: Record<string, never>;
                    /** @enum {string} */
                    crs?: "EPSG:4326" | "EPSG:27700";
                    divisions?: string[];
                    countywide?: boolean;
                    /** @description GeoJSON: the area an issue concerns (public meetings, §29) */
                    affectedArea?: Record<string, never>;
                    /** Format: date-time */
                    startsAt?: string;
                    /** Format: date-time */
                    endsAt?: string;
                    /** Format: date-time */
                    opensAt?: string;
                    /** Format: date-time */
                    closesAt?: string;
                    /**
                     * Format: date-time
                     * @description For a press enquiry: when the answer is due
                     */
                    respondBy?: string;
                    /** @description The officer members should ask; replies to the alert reach them. When absent, the API key's default contact; an event with neither is refused */
                    contact?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string;
                    };
                    /**
                     * Format: uri
                     * @description A https web address with more information
                     */
                    link?: string;
                    /** @description One of the bodies the council's rules define */
                    body?: string;
                    portfolio?: string;
                    service?: string;
                    topics?: string[];
                    servesAdjoining?: boolean;
                    controversial?: boolean;
                    individualServiceComplaint?: boolean;
                    major?: boolean;
                    notifyAdjoining?: boolean;
                    escalate?: string[];
                };
            };
        };
        responses: {
            /** @description Confirmed, with the event it became */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        source: "mailbox" | "whatdotheyknow";
                        /** @description Where it came from, in words */
                        sourceInWords: string;
                        /** @description Which mailbox or feed, by its configured name */
                        origin: string;
                        /**
                         * @description Null: the officer chooses
                         * @enum {string|null}
                         */
                        kind: "press_enquiry" | "foi_request" | null;
                        title: string;
                        /**
                         * Format: date-time
                         * @description When it was sent, or the request made
                         */
                        receivedAt: string;
                        /**
                         * Format: date-time
                         * @description Last change by its source or by an officer
                         */
                        updatedAt: string;
                        /** @enum {string} */
                        status: "open" | "confirmed" | "dismissed";
                        places: {
                            /** @description As the text names it (a postcode in its usual form) */
                            text: string;
                            /** @enum {string} */
                            kind: "postcode" | "division" | "place" | "street";
                            /** @description The divisions it lies in: none outside the council's area */
                            divisions: string[];
                        }[];
                        /** @description The divisions the places fall in */
                        divisions: string[];
                        /** @description Open and untouched for 3 working days under the council’s rules */
                        waiting: boolean;
                        /**
                         * Format: uuid
                         * @description The event it was confirmed as
                         */
                        eventId: string | null;
                        description: string;
                        /** @description Where the places found are named in the description, in text order */
                        placesInText: {
                            /** @description Where in the description it starts (UTF-16 units) */
                            start: number;
                            end: number;
                            /** @description Which of places, counting from 0 */
                            place: number;
                        }[];
                        /** @description How the draft was made, in words, for the officer */
                        notes: string[];
                        link: string | null;
                        /** @description Who sent it: for the officer only, never in an event; null once deleted */
                        sender: {
                            name: string;
                            address: string;
                        } | null;
                        /** @description The message as it came, for the officer only; null once its keeping time has passed */
                        original: string | null;
                        /** Format: date-time */
                        keepOriginalUntil: string | null;
                        /** Format: date-time */
                        originalDeletedAt: string | null;
                        decidedBy: string | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        dismissReason: string | null;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request repeats an Idempotency-Key that came with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    DraftsController_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why members need not be told: one line, at most 1000 characters */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Dismissed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        source: "mailbox" | "whatdotheyknow";
                        /** @description Where it came from, in words */
                        sourceInWords: string;
                        /** @description Which mailbox or feed, by its configured name */
                        origin: string;
                        /**
                         * @description Null: the officer chooses
                         * @enum {string|null}
                         */
                        kind: "press_enquiry" | "foi_request" | null;
                        title: string;
                        /**
                         * Format: date-time
                         * @description When it was sent, or the request made
                         */
                        receivedAt: string;
                        /**
                         * Format: date-time
                         * @description Last change by its source or by an officer
                         */
                        updatedAt: string;
                        /** @enum {string} */
                        status: "open" | "confirmed" | "dismissed";
                        places: {
                            /** @description As the text names it (a postcode in its usual form) */
                            text: string;
                            /** @enum {string} */
                            kind: "postcode" | "division" | "place" | "street";
                            /** @description The divisions it lies in: none outside the council's area */
                            divisions: string[];
                        }[];
                        /** @description The divisions the places fall in */
                        divisions: string[];
                        /** @description Open and untouched for 3 working days under the council’s rules */
                        waiting: boolean;
                        /**
                         * Format: uuid
                         * @description The event it was confirmed as
                         */
                        eventId: string | null;
                        description: string;
                        /** @description Where the places found are named in the description, in text order */
                        placesInText: {
                            /** @description Where in the description it starts (UTF-16 units) */
                            start: number;
                            end: number;
                            /** @description Which of places, counting from 0 */
                            place: number;
                        }[];
                        /** @description How the draft was made, in words, for the officer */
                        notes: string[];
                        link: string | null;
                        /** @description Who sent it: for the officer only, never in an event; null once deleted */
                        sender: {
                            name: string;
                            address: string;
                        } | null;
                        /** @description The message as it came, for the officer only; null once its keeping time has passed */
                        original: string | null;
                        /** Format: date-time */
                        keepOriginalUntil: string | null;
                        /** Format: date-time */
                        originalDeletedAt: string | null;
                        decidedBy: string | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        dismissReason: string | null;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description There is no such record (or it belongs to someone else) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with what is stored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ReportsController_compliance: {
        parameters: {
            query?: {
                /** @description The first day (London). Neither from nor to: the last full quarter. At most 5 years. */
                from?: string;
                /** @description The last day, included */
                to?: string;
                kind?: string;
                /** @description The service the event names; none: events that name no service */
                service?: string;
                /** @description Affected, or adjoining and told */
                division?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        period: {
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                            /** @description "1 July 2026 to 30 September 2026" */
                            words: string;
                        };
                        filter: {
                            kind: string | null;
                            service: string | null;
                            division: string | null;
                        };
                        council: string;
                        /** @description Where the figures come from, for a committee paper */
                        source: string;
                        /** Format: date-time */
                        madeAt: string;
                        totals: {
                            /** @description Events registered */
                            events: number;
                            /** @description Members told */
                            membersTold: number;
                            /** @description On time */
                            onTime: number;
                            /** @description Late */
                            late: number;
                            /** @description After the event */
                            afterEvent: number;
                            /** @description Registered after it happened or opened */
                            registeredLate: number;
                            /** @description Failed, never delivered */
                            failed: number;
                            /** @description Acknowledged within 7 days */
                            acknowledgedIn7Days: number;
                            /** @description Escalations to the leadership */
                            escalations: number;
                            /** @description Held before an election */
                            held: number;
                        };
                        byKind: {
                            kind: string;
                            label: string;
                            paragraph: string;
                            /** @description Events registered */
                            events: number;
                            /** @description Members told */
                            membersTold: number;
                            /** @description On time */
                            onTime: number;
                            /** @description Late */
                            late: number;
                            /** @description After the event */
                            afterEvent: number;
                            /** @description Registered after it happened or opened */
                            registeredLate: number;
                            /** @description Failed, never delivered */
                            failed: number;
                            /** @description Acknowledged within 7 days */
                            acknowledgedIn7Days: number;
                            /** @description Escalations to the leadership */
                            escalations: number;
                            /** @description Held before an election */
                            held: number;
                        }[];
                        byService: {
                            /** @description null: events that name no service */
                            service: string | null;
                            /** @description Events registered */
                            events: number;
                            /** @description Members told */
                            membersTold: number;
                            /** @description On time */
                            onTime: number;
                            /** @description Late */
                            late: number;
                            /** @description After the event */
                            afterEvent: number;
                            /** @description Registered after it happened or opened */
                            registeredLate: number;
                            /** @description Failed, never delivered */
                            failed: number;
                            /** @description Acknowledged within 7 days */
                            acknowledgedIn7Days: number;
                            /** @description Escalations to the leadership */
                            escalations: number;
                            /** @description Held before an election */
                            held: number;
                        }[];
                        byMonth: {
                            /** @description YYYY-MM, London, the month registered */
                            month: string;
                            /** @description Events registered */
                            events: number;
                            /** @description Members told */
                            membersTold: number;
                            /** @description On time */
                            onTime: number;
                            /** @description Late */
                            late: number;
                            /** @description After the event */
                            afterEvent: number;
                            /** @description Registered after it happened or opened */
                            registeredLate: number;
                            /** @description Failed, never delivered */
                            failed: number;
                            /** @description Acknowledged within 7 days */
                            acknowledgedIn7Days: number;
                            /** @description Escalations to the leadership */
                            escalations: number;
                            /** @description Held before an election */
                            held: number;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ReportsController_complianceCsv: {
        parameters: {
            query?: {
                /** @description The first day (London). Neither from nor to: the last full quarter. At most 5 years. */
                from?: string;
                /** @description The last day, included */
                to?: string;
                kind?: string;
                /** @description The service the event names; none: events that name no service */
                service?: string;
                /** @description Affected, or adjoining and told */
                division?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One line for the whole period, then one per kind, service and month, with a header row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ReportsController_figureEvents: {
        parameters: {
            query: {
                /** @description The first day (London). Neither from nor to: the last full quarter. At most 5 years. */
                from?: string;
                /** @description The last day, included */
                to?: string;
                kind?: string;
                /** @description The service the event names; none: events that name no service */
                service?: string;
                /** @description Affected, or adjoining and told */
                division?: string;
                figure: "events" | "membersTold" | "onTime" | "late" | "afterEvent" | "registeredLate" | "failed" | "acknowledgedIn7Days" | "escalations" | "held";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events the figure counts (at most 500) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        figure: "events" | "membersTold" | "onTime" | "late" | "afterEvent" | "registeredLate" | "failed" | "acknowledgedIn7Days" | "escalations" | "held";
                        period: {
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                            /** @description "1 July 2026 to 30 September 2026" */
                            words: string;
                        };
                        /** @description More events than listed count towards the figure */
                        more: boolean;
                        events: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            kind: string;
                            /** Format: date-time */
                            registeredAt: string;
                            /** @description How many of its notices the figure counts */
                            notices: number;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ReportsController_memberRecord: {
        parameters: {
            query?: {
                /** @description The first day (London). Neither from nor to: the last full quarter. At most 5 years. */
                from?: string;
                /** @description The last day, included */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your alerts in the period, newest first, with their totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        period: {
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                            /** @description "1 July 2026 to 30 September 2026" */
                            words: string;
                        };
                        /** @description Alerts to you in the period (at most 500 are listed) */
                        total: number;
                        /** @description Of them, accepted by your mail server */
                        delivered: number;
                        acknowledged: number;
                        alerts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            eventId: string;
                            title: string;
                            kind: string;
                            /** @description new, updated, removed or cancelled */
                            change: string;
                            status: string;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key’s role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    NotifyReceiptsController_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Notify’s id for the message */
                    id: string;
                    /** @description Our reference: the id of the message in the outbox */
                    reference: string | null;
                    /** @description The e-mail address or phone number it went to */
                    to?: string;
                    /** @enum {string} */
                    status: "delivered" | "permanent-failure" | "temporary-failure" | "technical-failure";
                    /** @example 2017-05-14T12:15:30.000000Z */
                    created_at: string;
                    /** @example 2017-05-14T12:15:30.000000Z */
                    completed_at?: string | null;
                    /** @example 2017-05-14T12:15:30.000000Z */
                    sent_at?: string | null;
                    /** @enum {string} */
                    notification_type?: "email" | "sms";
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Recorded, already recorded, or ignored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        result: "recorded" | "unchanged" | "ignored";
                        /** @description What was done, in plain words */
                        message: string;
                    };
                };
            };
            /** @description The request has a problem a person can correct; every field at fault is named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or one that is not valid or has been revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is larger than the limit, which the message names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request body is not in a media type or character set this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (or address) in the last minute; wait and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database, the queue or a planning thread could not complete the request: nothing was stored; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
