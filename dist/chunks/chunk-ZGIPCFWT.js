import { createRequire as __graphguardRequire } from 'node:module';
const require = __graphguardRequire(import.meta.url);

// data/permissions.json
var permissions_default = {
  $comment: "Meta permission (scope) names graphguard knows. status: current | deprecated (Meta announced retirement; may still be accepted) | removed (no longer grantable). replacements name current permissions. marketing: an ads_* Marketing API permission (the earlier Marketing API version expiry applies). systemUser: true where a Meta source shows a system-user token carrying it, false where it cannot; absent when unknown. Every entry has a source; see data/README.md.",
  permissions: {
    ads_management: {
      description: "Read and manage the ad accounts the app owns or has been granted access to: create campaigns, manage ads, fetch ad metrics. Depends on pages_read_engagement and pages_show_list.",
      status: "current",
      marketing: true,
      systemUser: true,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"]
    },
    ads_read: {
      description: "Read-only access to ads reporting (Ads Insights API) for owned or granted ad accounts.",
      status: "current",
      marketing: true,
      systemUser: true,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"]
    },
    ads_mcp_management: {
      description: "Access Meta's ads Model Context Protocol (MCP) server so AI agents can manage campaigns, insights and business assets.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      note: "Not flagged as marketing: it gates Meta's MCP server, not versioned Marketing API calls made by the manifest's app."
    },
    attribution_read: {
      description: "Read attribution and measurement data (Attribution API reports).",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"]
    },
    business_management: {
      description: "Read and write through the Business Manager API: business users, system users, assets and their assignments. Required when a system user calls Pages endpoints.",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens", "https://developers.facebook.com/docs/pages-api/manage-pages"]
    },
    catalog_management: {
      description: "Create, read, update and delete product catalogs owned by or shared with a business.",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens", "https://developers.facebook.com/docs/commerce-platform/api-setup"]
    },
    commerce_manage_accounts: {
      description: "Manage commerce accounts (Commerce Manager shops) of a business.",
      status: "current",
      source: "https://developers.facebook.com/docs/commerce-platform/api-setup",
      note: "Meta's commerce setup asks a system-user token for commerce_manage_accounts or commerce_account_read_settings."
    },
    commerce_account_manage_orders: {
      description: "Read and manage orders of a commerce account (Order Management API).",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/docs/commerce-platform/api-setup",
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"]
    },
    commerce_account_read_orders: {
      description: "Read orders of a commerce account.",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/docs/commerce-platform/api-setup",
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"]
    },
    commerce_account_read_settings: {
      description: "Read the settings of a commerce account.",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/docs/commerce-platform/api-setup",
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"]
    },
    commerce_account_read_reports: {
      description: "Read commerce account finance reports (Finance Reporting API).",
      status: "current",
      source: "https://developers.facebook.com/docs/commerce-platform/api-setup"
    },
    leads_retrieval: {
      description: "Retrieve lead data from Lead Ads forms on Pages the app user can advertise on.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    read_insights: {
      description: "Read Insights data for Pages, apps and web domains the app user owns.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    read_audience_network_insights: {
      description: "Read Audience Network insights for apps the app user administers.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    private_computation_access: {
      description: "Access Meta's Private Computation products (e.g. private lift and attribution studies).",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    publish_video: {
      description: "Publish live and on-demand video to a Page, group or user.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    pages_show_list: {
      description: "List the Pages the app user manages.",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/pages/overview", "https://developers.facebook.com/docs/pages-api/manage-pages"]
    },
    pages_read_engagement: {
      description: "Read content posted by the Page, followers data, metadata and insights of managed Pages.",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/pages/overview", "https://developers.facebook.com/docs/pages-api/manage-pages"]
    },
    pages_read_user_content: {
      description: "Read user-generated content on managed Pages (posts, comments, ratings by others).",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/pages/overview"]
    },
    pages_manage_metadata: {
      description: "Manage Page settings, subscribe to Page webhooks, and manage a Page's assigned users.",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/assigned_users/", "https://developers.facebook.com/docs/pages-api/manage-pages"]
    },
    pages_manage_posts: {
      description: "Create, edit and delete posts of managed Pages.",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/pages-api/manage-pages"]
    },
    pages_manage_engagement: {
      description: "Create, edit and delete comments and likes on managed Pages.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/pages/overview"]
    },
    pages_manage_ads: {
      description: "Manage ads associated with a Page.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/pages/overview"]
    },
    pages_manage_cta: {
      description: "Manage the call-to-action buttons of a Page.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    pages_manage_instant_articles: {
      description: "Manage Instant Articles of Pages the app user administers.",
      status: "deprecated",
      deprecatedSince: "2023-04-19",
      source: "https://developers.facebook.com/docs/permissions",
      note: "Meta ended Instant Articles on 2023-04-19; the permission name still appears in transcriptions of the reference but has nothing left to gate. No replacement."
    },
    pages_messaging: {
      description: "Send and receive messages as a Page through the Messenger Platform.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    pages_utility_messaging: {
      description: "Send utility (non-promotional) messages through a Page.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      note: "Read from a third-party transcription of Meta's permissions reference (api-evangelist/facebook-business-manager, 2026-08-13); the live reference is partly client-rendered."
    },
    pages_events: {
      description: "Log Page events for advertising and analytics.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    pages_user_gender: {
      description: "Read the gender of a person interacting with a managed Page (Messenger).",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    pages_user_locale: {
      description: "Read the locale of a person interacting with a managed Page (Messenger).",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    pages_user_timezone: {
      description: "Read the time zone of a person interacting with a managed Page (Messenger).",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    instagram_basic: {
      description: "Read an Instagram professional account's profile and media (Instagram API with Facebook Login).",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"]
    },
    instagram_content_publish: {
      description: "Publish media to an Instagram professional account.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    instagram_manage_comments: {
      description: "Read, reply to, hide and delete comments on Instagram media.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    instagram_manage_insights: {
      description: "Read insights of an Instagram professional account and its media.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    instagram_manage_messages: {
      description: "Send and receive Instagram Direct messages (Messenger API for Instagram).",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    instagram_manage_events: {
      description: "Log events for an Instagram professional account.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      note: "Read from a third-party transcription of Meta's permissions reference (api-evangelist/facebook-business-manager, 2026-08-13)."
    },
    instagram_manage_upcoming_events: {
      description: "Manage upcoming events on an Instagram professional account.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      note: "Read from a third-party transcription of Meta's permissions reference (api-evangelist/facebook-business-manager, 2026-08-13)."
    },
    instagram_manage_contents: {
      description: "Manage content on an Instagram professional account.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      note: "Read from a third-party transcription of Meta's permissions reference (api-evangelist/facebook-business-manager, 2026-08-13); not seen in Meta's own pages read."
    },
    instagram_manage_engagement: {
      description: "Manage engagement on an Instagram professional account.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      note: "Read from a third-party transcription of Meta's permissions reference (api-evangelist/facebook-business-manager, 2026-08-13); not seen in Meta's own pages read."
    },
    instagram_shopping_tag_products: {
      description: "Tag catalog products in Instagram media. With catalog_management it needs the app associated with a verified business.",
      status: "current",
      source: "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-facebook-login/product-tagging",
      sources: ["https://developers.facebook.com/docs/permissions"]
    },
    instagram_branded_content_brand: {
      description: "Branded content access on the brand side (read branded content that tags the brand).",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      note: "Meta's system-user token page lists instagram_branded_content_... among system-user scopes, but the copy read is truncated there; systemUser left unknown."
    },
    instagram_branded_content_ads_brand: {
      description: "Run partnership ads with creators' branded content.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    instagram_branded_content_creator: {
      description: "Branded content access on the creator side.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    instagram_creator_marketplace_discovery: {
      description: "Discover creators in the Instagram Creator Marketplace.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    instagram_creator_marketplace_messaging: {
      description: "Message creators in the Instagram Creator Marketplace.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
    },
    instagram_business_basic: {
      description: "Basic profile and media access under Business Login for Instagram (Instagram API with Instagram Login).",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login",
      note: "An Instagram Login scope: it goes in Instagram user tokens, not in Business Manager system-user tokens."
    },
    instagram_business_content_publish: {
      description: "Publish media under Business Login for Instagram.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login",
      note: "An Instagram Login scope: it goes in Instagram user tokens, not in Business Manager system-user tokens."
    },
    instagram_business_manage_comments: {
      description: "Manage comments under Business Login for Instagram.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login",
      note: "An Instagram Login scope: it goes in Instagram user tokens, not in Business Manager system-user tokens."
    },
    instagram_business_manage_insights: {
      description: "Read insights under Business Login for Instagram.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login",
      note: "An Instagram Login scope: it goes in Instagram user tokens, not in Business Manager system-user tokens."
    },
    instagram_business_manage_messages: {
      description: "Send and receive messages under Business Login for Instagram.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login",
      note: "An Instagram Login scope: it goes in Instagram user tokens, not in Business Manager system-user tokens."
    },
    whatsapp_business_management: {
      description: "Manage WhatsApp Business Accounts: metadata, phone numbers, message templates, analytics and account webhooks.",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/",
      sources: ["https://developers.facebook.com/docs/whatsapp/permissions"]
    },
    whatsapp_business_messaging: {
      description: "Send messages to WhatsApp users and receive message and status webhooks (Cloud API).",
      status: "current",
      systemUser: true,
      source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/",
      sources: ["https://developers.facebook.com/docs/whatsapp/permissions"]
    },
    whatsapp_business_manage_events: {
      description: "Log WhatsApp business events (Marketing Messages API with the Conversions API).",
      status: "current",
      source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"
    },
    manage_app_solution: {
      description: "Manage app solutions on behalf of a business.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      note: "The real scope name is singular (shared/reference/graph-api.md corrections, 2026-12-03); manage_app_solutions is kept as an alias."
    },
    manage_app_solutions: {
      description: "Manage app solutions on behalf of a business.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      note: "Alias of manage_app_solution, the real (singular) scope name; kept so manifests written with the plural still parse. Read from a third-party transcription of Meta's permissions reference (api-evangelist/facebook-business-manager, 2026-08-13)."
    },
    public_profile: {
      description: "Default Facebook Login permission: a person's basic public profile fields.",
      status: "current",
      implicit: true,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/facebook-login/access-tokens/debugging-and-error-handling"],
      note: "Granted to every app automatically; debug_token lists it in the scopes of real tokens, system-user tokens included (Meta's debugging guide example shows it next to pages_show_list). implicit: never excess in a manifest, never scope drift live."
    },
    email: {
      description: "A person's primary email address (Facebook Login).",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions",
      note: "A person-data permission: system users are not people and have no email."
    },
    user_posts: {
      description: "Posts on the app user's timeline (replaced read_stream).",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions",
      sources: ["https://developers.facebook.com/docs/graph-api/changelog/version2.3"],
      note: "A person-data permission: system users have no timeline."
    },
    user_photos: {
      description: "Photos the app user uploaded or is tagged in.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions"
    },
    user_videos: {
      description: "Videos the app user uploaded or is tagged in.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions"
    },
    user_friends: {
      description: "The app user's friends who also use the app.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions"
    },
    user_likes: {
      description: "Pages the app user has liked.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions"
    },
    user_link: {
      description: "The URL of the app user's Facebook profile.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions"
    },
    user_location: {
      description: "The app user's current city.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions"
    },
    user_hometown: {
      description: "The app user's hometown.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions"
    },
    user_birthday: {
      description: "The app user's birthday.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions"
    },
    user_age_range: {
      description: "The app user's age range.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions"
    },
    user_gender: {
      description: "The app user's gender.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions"
    },
    user_messenger_contact: {
      description: "Contact the app user on Messenger after a defined interaction.",
      status: "current",
      systemUser: false,
      source: "https://developers.facebook.com/docs/permissions"
    },
    manage_pages: {
      description: "Old all-in-one Page management permission.",
      status: "removed",
      deprecatedSince: "2020-05-05",
      replacements: ["pages_read_engagement", "pages_read_user_content", "pages_manage_metadata", "pages_manage_posts", "pages_manage_engagement", "pages_manage_ads"],
      source: "https://developers.facebook.com/docs/pages/overview",
      note: "Six Page permissions were released on 2020-05-05 to replace manage_pages and publish_pages; apps were migrated by 2020-06-01 and the old ones fully deprecated in May 2022. Add pages_show_list where the code lists Pages."
    },
    publish_pages: {
      description: "Old permission to publish as a Page.",
      status: "removed",
      deprecatedSince: "2020-05-05",
      replacements: ["pages_read_engagement", "pages_read_user_content", "pages_manage_metadata", "pages_manage_posts", "pages_manage_engagement", "pages_manage_ads"],
      source: "https://developers.facebook.com/docs/pages/overview",
      note: "Same replacement set as manage_pages (Meta names the six together); publishing itself needs pages_manage_posts."
    },
    manage_notifications: {
      description: "Old permission to read and mark a person's notifications.",
      status: "removed",
      source: "https://developers.facebook.com/docs/graph-api/changelog/non-versioned-changes/nov-1-2011",
      sources: ["https://developers.facebook.com/docs/graph-api/changelog/version2.4"],
      note: "Introduced 2011-11-01; the notifications edge is gone since v2.4 (per github.com/nov/fb_graph2/pull/122). Exact removal date unconfirmed; treated as removed, no replacement."
    },
    read_mailbox: {
      description: "Old permission to read a person's inbox.",
      status: "removed",
      deprecatedSince: "2015-07-08",
      source: "https://developers.facebook.com/docs/graph-api/changelog/version2.4",
      note: "Removed with Graph API v2.4 (released 2015-07-08). No replacement."
    },
    read_page_mailboxes: {
      description: "Old permission to read a Page's inbox.",
      status: "removed",
      replacements: ["pages_messaging"],
      source: "https://developers.facebook.com/docs/pages/access-tokens",
      note: "Decision: treated as removed as a scope. READ_PAGE_MAILBOXES survives only as a Page task name (data/tasks.json); Page conversations now need pages_messaging."
    },
    read_stream: {
      description: "Old permission to read a person's News Feed / timeline posts.",
      status: "removed",
      deprecatedSince: "2015-03-25",
      replacements: ["user_posts"],
      source: "https://developers.facebook.com/docs/graph-api/changelog/version2.3"
    },
    publish_actions: {
      description: "Old permission to publish as the app user (posts, Open Graph actions).",
      status: "removed",
      deprecatedSince: "2018-04-24",
      source: "https://developers.facebook.com/blog/post/2018/04/24/new-facebook-platform-product-changes-policy-updates/",
      note: "Deprecated for new apps on 2018-04-24 and removed on 2018-08-01. No replacement (use the share dialogs)."
    },
    publish_to_groups: {
      description: "Old permission to post to Facebook Groups.",
      status: "removed",
      deprecatedSince: "2024-01-23",
      source: "https://developers.facebook.com/blog/post/2024/01/23/introducing-facebook-graph-and-marketing-api-v19/",
      note: "Removed with the Groups API: deprecated in v19.0 (2024-01-23) and for all versions on 2024-04-22. No replacement."
    },
    groups_access_member_info: {
      description: "Old permission to read public info of Group members.",
      status: "removed",
      deprecatedSince: "2024-01-23",
      source: "https://developers.facebook.com/blog/post/2024/01/23/introducing-facebook-graph-and-marketing-api-v19/",
      note: "Removed with the Groups API (v19.0, all versions from 2024-04-22). No replacement."
    },
    business_basic: {
      description: "Old Instagram Login scope value for basic access.",
      status: "deprecated",
      deprecatedSince: "2025-01-27",
      replacements: ["instagram_business_basic"],
      systemUser: false,
      source: "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login"
    },
    business_content_publish: {
      description: "Old Instagram Login scope value for publishing.",
      status: "deprecated",
      deprecatedSince: "2025-01-27",
      replacements: ["instagram_business_content_publish"],
      systemUser: false,
      source: "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login"
    },
    business_manage_comments: {
      description: "Old Instagram Login scope value for comment moderation.",
      status: "deprecated",
      deprecatedSince: "2025-01-27",
      replacements: ["instagram_business_manage_comments"],
      systemUser: false,
      source: "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login"
    },
    business_manage_messages: {
      description: "Old Instagram Login scope value for messaging.",
      status: "deprecated",
      deprecatedSince: "2025-01-27",
      replacements: ["instagram_business_manage_messages"],
      systemUser: false,
      source: "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login"
    }
  }
};

// data/tasks.json
var tasks_default = {
  $comment: "Task names per manifest asset type, with the tasks each one directly implies (expanded transitively by expandTasks in src/data.ts). Graph returns tasks unpacked, so both declared and live sets are expanded before comparing. sdkEnum names the facebook-nodejs-business-sdk enum the list is checked against. See data/README.md for the decisions.",
  assetTypes: {
    page: {
      sdkEnum: "Page.Tasks",
      tasks: {
        MANAGE: {
          implies: [
            "CREATE_CONTENT",
            "MODERATE",
            "MESSAGING",
            "ADVERTISE",
            "ANALYZE"
          ],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://developers.facebook.com/docs/pages-api/manage-pages",
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
            "https://www.facebook.com/business/help/1101781386943864",
            "https://support.chatarchitect.com/books/meta-business-portfolio-setup/page/business-portfolio-assets-and-their-task-based-permissions"
          ],
          note: 'Full control ("Everything"): every switch of the per-switch model, so MANAGE implies CREATE_CONTENT, MODERATE, MESSAGING, ADVERTISE and ANALYZE (also the legacy Admin bundle, with MESSAGING added as in the New Pages Experience).'
        },
        CREATE_CONTENT: {
          implies: [],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://developers.facebook.com/docs/pages-api/manage-pages",
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
            "https://www.facebook.com/business/help/1101781386943864",
            "https://support.chatarchitect.com/books/meta-business-portfolio-setup/page/business-portfolio-assets-and-their-task-based-permissions"
          ],
          note: `The "Content" switch of Meta's current per-switch Page access (Content, Community activity, Messages and calls, Ads, Insights): each switch is granted on its own and grants only its own row, so this task implies no other. Decision (2026-12): replaces the legacy role bundles (Editor = CREATE_CONTENT + MODERATE + ADVERTISE + ANALYZE); a legacy Editor is returned unpacked, with all four, and must be declared with all four.`
        },
        MODERATE: {
          implies: [],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
            "https://www.facebook.com/business/help/1101781386943864",
            "https://support.chatarchitect.com/books/meta-business-portfolio-setup/page/business-portfolio-assets-and-their-task-based-permissions"
          ],
          note: `The "Community activity" switch of Meta's current per-switch Page access (Content, Community activity, Messages and calls, Ads, Insights): each switch is granted on its own and grants only its own row, so this task implies no other. Decision (2026-12): replaces the legacy role bundles (Editor = CREATE_CONTENT + MODERATE + ADVERTISE + ANALYZE); a legacy Editor is returned unpacked, with all four, and must be declared with all four.`
        },
        ADVERTISE: {
          implies: [],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
            "https://www.facebook.com/business/help/1101781386943864",
            "https://support.chatarchitect.com/books/meta-business-portfolio-setup/page/business-portfolio-assets-and-their-task-based-permissions"
          ],
          note: `The "Ads" switch of Meta's current per-switch Page access (Content, Community activity, Messages and calls, Ads, Insights): each switch is granted on its own and grants only its own row, so this task implies no other. Decision (2026-12): replaces the legacy role bundles (Editor = CREATE_CONTENT + MODERATE + ADVERTISE + ANALYZE); a legacy Editor is returned unpacked, with all four, and must be declared with all four.`
        },
        ANALYZE: {
          implies: [],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
            "https://www.facebook.com/business/help/1101781386943864",
            "https://support.chatarchitect.com/books/meta-business-portfolio-setup/page/business-portfolio-assets-and-their-task-based-permissions"
          ],
          note: `The "Insights" switch of Meta's current per-switch Page access (Content, Community activity, Messages and calls, Ads, Insights): each switch is granted on its own and grants only its own row, so this task implies no other. Decision (2026-12): replaces the legacy role bundles (Editor = CREATE_CONTENT + MODERATE + ADVERTISE + ANALYZE); a legacy Editor is returned unpacked, with all four, and must be declared with all four.`
        },
        MESSAGING: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          sources: [
            "https://developers.facebook.com/docs/pages-api/manage-pages",
            "https://www.facebook.com/business/help/1101781386943864",
            "https://support.chatarchitect.com/books/meta-business-portfolio-setup/page/business-portfolio-assets-and-their-task-based-permissions"
          ],
          note: `The "Messages and calls" switch of Meta's current per-switch Page access (Content, Community activity, Messages and calls, Ads, Insights): each switch is granted on its own and grants only its own row, so this task implies no other. Decision (2026-12): replaces the legacy role bundles (Editor = CREATE_CONTENT + MODERATE + ADVERTISE + ANALYZE); a legacy Editor is returned unpacked, with all four, and must be declared with all four.`
        },
        CASHIER_ROLE: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
        },
        GLOBAL_STRUCTURE_MANAGEMENT: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
        },
        MANAGE_JOBS: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
        },
        MANAGE_LEADS: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Leads access is granted separately (Leads Access Manager); not implied by MANAGE."
        },
        MODERATE_COMMUNITY: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
        },
        PAGES_MESSAGING: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
        },
        PAGES_MESSAGING_SUBSCRIPTIONS: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
        },
        READ_PAGE_MAILBOXES: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Legacy inbox task; kept independent (also the name of a removed scope, see data/permissions.json)."
        },
        VIEW_MONETIZATION_INSIGHTS: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
        },
        PROFILE_PLUS_FULL_CONTROL: {
          implies: [
            "PROFILE_PLUS_MANAGE",
            "PROFILE_PLUS_FACEBOOK_ACCESS",
            "PROFILE_PLUS_GLOBAL_STRUCTURE_MANAGEMENT",
            "PROFILE_PLUS_MANAGE_LEADS",
            "PROFILE_PLUS_MODERATE_DELEGATE_COMMUNITY",
            "PROFILE_PLUS_REVENUE"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and mirrors the classic bundle among PROFILE_PLUS_* tasks, so a PROFILE_PLUS grant is never considered narrower than its classic counterpart."
        },
        PROFILE_PLUS_MANAGE: {
          implies: [
            "MANAGE",
            "PROFILE_PLUS_CREATE_CONTENT",
            "PROFILE_PLUS_MODERATE",
            "PROFILE_PLUS_MESSAGING",
            "PROFILE_PLUS_ADVERTISE",
            "PROFILE_PLUS_ANALYZE"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and mirrors the classic bundle among PROFILE_PLUS_* tasks, so a PROFILE_PLUS grant is never considered narrower than its classic counterpart."
        },
        PROFILE_PLUS_CREATE_CONTENT: {
          implies: [
            "CREATE_CONTENT"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and, like it, no other switch (per-switch model); PROFILE_PLUS_MANAGE and PROFILE_PLUS_FULL_CONTROL imply the rest."
        },
        PROFILE_PLUS_MODERATE: {
          implies: [
            "MODERATE"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and, like it, no other switch (per-switch model); PROFILE_PLUS_MANAGE and PROFILE_PLUS_FULL_CONTROL imply the rest."
        },
        PROFILE_PLUS_ADVERTISE: {
          implies: [
            "ADVERTISE"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and, like it, no other switch (per-switch model); PROFILE_PLUS_MANAGE and PROFILE_PLUS_FULL_CONTROL imply the rest."
        },
        PROFILE_PLUS_ANALYZE: {
          implies: [
            "ANALYZE"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and mirrors the classic bundle among PROFILE_PLUS_* tasks, so a PROFILE_PLUS grant is never considered narrower than its classic counterpart."
        },
        PROFILE_PLUS_MESSAGING: {
          implies: [
            "MESSAGING"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and mirrors the classic bundle among PROFILE_PLUS_* tasks, so a PROFILE_PLUS grant is never considered narrower than its classic counterpart."
        },
        PROFILE_PLUS_MANAGE_LEADS: {
          implies: [
            "MANAGE_LEADS"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and mirrors the classic bundle among PROFILE_PLUS_* tasks, so a PROFILE_PLUS grant is never considered narrower than its classic counterpart."
        },
        PROFILE_PLUS_GLOBAL_STRUCTURE_MANAGEMENT: {
          implies: [
            "GLOBAL_STRUCTURE_MANAGEMENT"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and mirrors the classic bundle among PROFILE_PLUS_* tasks, so a PROFILE_PLUS grant is never considered narrower than its classic counterpart."
        },
        PROFILE_PLUS_FACEBOOK_ACCESS: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning undocumented; implies nothing."
        },
        PROFILE_PLUS_MODERATE_DELEGATE_COMMUNITY: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning undocumented; implies nothing."
        },
        PROFILE_PLUS_REVENUE: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning undocumented; implies nothing."
        }
      }
    },
    ad_account: {
      sdkEnum: "AdAccount.Tasks",
      tasks: {
        MANAGE: {
          implies: [
            "ADVERTISE"
          ],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/ad-account.js",
            "https://developers.facebook.com/documentation/ads-commerce/marketing-api/error-reference"
          ],
          note: "Ad account Admin = MANAGE + ADVERTISE + ANALYZE (Meta assigns the three together; other combinations fail with subcode 1752129)."
        },
        ADVERTISE: {
          implies: [
            "DRAFT",
            "ANALYZE"
          ],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/ad-account.js"
          ],
          note: "Ad account Advertiser = ADVERTISE + ANALYZE. Decision: an advertiser can also create drafts, so ADVERTISE implies DRAFT."
        },
        DRAFT: {
          implies: [
            "ANALYZE"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/ad-account.js",
          note: 'Undocumented in the pages read; decided as "create ad drafts without publishing", between ADVERTISE and ANALYZE.'
        },
        ANALYZE: {
          implies: [],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/ad-account.js"
          ],
          note: "Ad account Analyst = ANALYZE."
        },
        AA_ANALYZE: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/ad-account.js",
          note: "AA_ANALYZE appears on ad accounts, catalogs, pixels and offline data sets; its meaning is undocumented (likely Facebook Analytics / advanced analytics). Decision: independent, neither implied by MANAGE nor implying ANALYZE. If Graph returns it unpacked for admins, live-task-drift will show it (open question)."
        }
      }
    },
    catalog: {
      sdkEnum: "ProductCatalog.Tasks",
      tasks: {
        MANAGE: {
          implies: [
            "ADVERTISE"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/product-catalog.js",
          sources: [
            "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/product-catalog/assigned_users"
          ],
          note: "Decision: a catalog admin (Manage catalog) can also use the catalog in ads, so MANAGE implies ADVERTISE (UNCONFIRMED in Meta text)."
        },
        ADVERTISE: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/product-catalog.js"
        },
        MANAGE_AR: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/product-catalog.js",
          note: "Presumably AR effects on catalog items; independent."
        },
        AA_ANALYZE: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/product-catalog.js",
          note: "AA_ANALYZE appears on ad accounts, catalogs, pixels and offline data sets; its meaning is undocumented (likely Facebook Analytics / advanced analytics). Decision: independent, neither implied by MANAGE nor implying ANALYZE. If Graph returns it unpacked for admins, live-task-drift will show it (open question)."
        }
      }
    },
    instagram_account: {
      sdkEnum: "InstagramBusinessAsset.Tasks",
      tasks: {
        CONTENT: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/instagram-business-asset.js",
          note: "Business Settings shows these as independent partial-access switches (Content, Community activity, Messages, Ads, Insights); no implication decided."
        },
        COMMUNITY_ACTIVITY: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/instagram-business-asset.js",
          note: "Business Settings shows these as independent partial-access switches (Content, Community activity, Messages, Ads, Insights); no implication decided."
        },
        MESSAGES: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/instagram-business-asset.js",
          note: "Business Settings shows these as independent partial-access switches (Content, Community activity, Messages, Ads, Insights); no implication decided."
        },
        ADVERTISE: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/instagram-business-asset.js",
          note: "Business Settings shows these as independent partial-access switches (Content, Community activity, Messages, Ads, Insights); no implication decided."
        },
        ANALYZE: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/instagram-business-asset.js",
          note: "Business Settings shows these as independent partial-access switches (Content, Community activity, Messages, Ads, Insights); no implication decided."
        }
      }
    },
    pixel: {
      sdkEnum: "AdsPixel.Tasks",
      tasks: {
        EDIT: {
          implies: [
            "ADVERTISE",
            "UPLOAD"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/ads-pixel.js",
          sources: [
            "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_ads_pixels"
          ],
          note: "Decision: EDIT is the pixel admin task (Manage pixel); it covers using the pixel in ads and uploading events."
        },
        ADVERTISE: {
          implies: [
            "ANALYZE"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/ads-pixel.js",
          note: "Same Advertiser = ADVERTISE + ANALYZE bundle as ad accounts (decided)."
        },
        ANALYZE: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/ads-pixel.js"
        },
        UPLOAD: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/ads-pixel.js",
          note: "Upload events (e.g. offline/server events); independent."
        },
        AA_ANALYZE: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/ads-pixel.js",
          note: "AA_ANALYZE appears on ad accounts, catalogs, pixels and offline data sets; its meaning is undocumented (likely Facebook Analytics / advanced analytics). Decision: independent, neither implied by MANAGE nor implying ANALYZE. If Graph returns it unpacked for admins, live-task-drift will show it (open question). Present in AdsPixel.Tasks but not AdsPixel.PermittedTasks."
        }
      }
    },
    whatsapp_business_account: {
      sdkEnum: "WhatsAppBusinessAccount.Tasks",
      tasks: {
        MANAGE: {
          implies: [
            "DEVELOP",
            "MESSAGING",
            "MANAGE_TEMPLATES",
            "MANAGE_PHONE",
            "MANAGE_PHONE_ASSETS",
            "MANAGE_EXTENSIONS",
            "VIEW_COST",
            "VIEW_INSIGHTS",
            "MANAGE_USERS",
            "MANAGE_BILLING"
          ],
          source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/",
          sources: [
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/whats-app-business-account.js"
          ],
          note: 'Meta: MANAGE "provides admin access" and works only with full access "including MESSAGING"; decided to imply every granular task Meta lists.'
        },
        DEVELOP: {
          implies: [],
          source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/",
          sources: [
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/whats-app-business-account.js"
          ],
          note: 'Meta: "provides developer access". Implies nothing (what it unpacks to is undocumented).'
        },
        MESSAGING: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/whats-app-business-account.js"
        },
        MANAGE_TEMPLATES: {
          implies: [
            "VIEW_TEMPLATES"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/whats-app-business-account.js",
          note: "Decision: managing templates includes viewing them."
        },
        VIEW_TEMPLATES: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/whats-app-business-account.js"
        },
        MANAGE_PHONE: {
          implies: [
            "VIEW_PHONE_ASSETS"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/whats-app-business-account.js",
          note: "Decision: managing phone numbers includes viewing phone assets."
        },
        MANAGE_PHONE_ASSETS: {
          implies: [
            "VIEW_PHONE_ASSETS"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/whats-app-business-account.js",
          note: "Decision: managing phone assets includes viewing them."
        },
        VIEW_PHONE_ASSETS: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/whats-app-business-account.js"
        },
        MANAGE_EXTENSIONS: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/whats-app-business-account.js"
        },
        VIEW_COST: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/whats-app-business-account.js"
        },
        VIEW_INSIGHTS: {
          implies: [],
          source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/",
          note: "Not in SDK 24.0.1; listed by Meta among the granular WABA tasks."
        },
        MANAGE_USERS: {
          implies: [],
          source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/",
          note: "Not in SDK 24.0.1; listed by Meta among the granular WABA tasks."
        },
        MANAGE_BILLING: {
          implies: [],
          source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/",
          note: "Not in SDK 24.0.1; listed by Meta among the granular WABA tasks (needed to share a line of credit)."
        },
        FULL_CONTROL: {
          implies: [
            "MANAGE"
          ],
          source: "https://rubydoc.info/gems/facebookbusiness/17.0.1/FacebookAds/WhatsAppBusinessAccount",
          note: 'In the v17 Ruby SDK enum, gone from SDK 24.0.1; kept so older live data is known. Decided equal to MANAGE (Business Settings calls WABA admin access "Full control").'
        }
      }
    },
    commerce_account: {
      tasks: {
        MANAGE: {
          implies: [],
          source: "https://developers.facebook.com/docs/commerce-platform/api-setup",
          sources: [
            "https://developers.facebook.com/docs/commerce-platform/concepts/architecture"
          ],
          note: "Meta's SDK has no commerce-account task enum and no assigned_users edge for CommerceMerchantSettings. Meta's commerce setup asks to assign the system user admin access to the commerce account; graphguard models that single level as MANAGE. Finer Commerce Manager roles are not exposed by the Graph API docs read."
        }
      }
    }
  },
  roles: {
    ADMIN: {
      description: "Admin system user: can create system users and ad accounts, assign permissions, and reaches every asset of the business.",
      manifestRole: "admin",
      base: true,
      source: "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users",
      sources: [
        "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
        "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
      ],
      note: "Manifest role: admin maps to live ADMIN. Meta allows one admin system user per business."
    },
    ADS_RIGHTS_REVIEWER: {
      description: "SystemUser.Role value ADS_RIGHTS_REVIEWER.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    DEFAULT: {
      description: "SystemUser.Role value DEFAULT.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    DEVELOPER: {
      description: "SystemUser.Role value DEVELOPER.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    EMPLOYEE: {
      description: "System user (employee): reaches only the assets explicitly assigned to it.",
      manifestRole: "system_user",
      base: true,
      source: "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users",
      sources: [
        "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
        "https://developers.facebook.com/docs/business-management-apis/system-users/overview"
      ],
      note: "Manifest role: system_user maps to live EMPLOYEE."
    },
    FINANCE_ANALYST: {
      description: "SystemUser.Role value FINANCE_ANALYST.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    FINANCE_EDIT: {
      description: "SystemUser.Role value FINANCE_EDIT.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    FINANCE_EDITOR: {
      description: "SystemUser.Role value FINANCE_EDITOR.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    FINANCE_VIEW: {
      description: "SystemUser.Role value FINANCE_VIEW.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    MANAGE: {
      description: "SystemUser.Role value MANAGE.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    PARTNER_CENTER_ADMIN: {
      description: "SystemUser.Role value PARTNER_CENTER_ADMIN.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    PARTNER_CENTER_ANALYST: {
      description: "SystemUser.Role value PARTNER_CENTER_ANALYST.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    PARTNER_CENTER_EDUCATION: {
      description: "SystemUser.Role value PARTNER_CENTER_EDUCATION.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    PARTNER_CENTER_MARKETING: {
      description: "SystemUser.Role value PARTNER_CENTER_MARKETING.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    },
    PARTNER_CENTER_OPERATIONS: {
      description: "SystemUser.Role value PARTNER_CENTER_OPERATIONS.",
      source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/system-user.js",
      note: "Not a base role: the system_users edge returns only ADMIN or EMPLOYEE; the other SDK values are business tasks (finance, partner center). Never expected in live role."
    }
  }
};

// data/api-versions.json
var api_versions_default = {
  $comment: "Graph API and Marketing API versions, newest first. graphUntil: last day the Graph API version is available (Meta: at least two years, until two years after the next version ships; then calls fall forward to the next usable version). marketingUntil: Marketing API expiry (at least 90 days after the next version; since 2024 calls may be auto-upgraded or fail with #2635). null = not announced / not found. Dates are YYYY-MM-DD; a derived date says so in note.",
  rules: {
    graph: {
      source: "https://developers.facebook.com/docs/apps/versions",
      note: "A Graph API version is available for at least two years; it stops two years after the next version is released."
    },
    marketing: {
      source: "https://developers.facebook.com/docs/marketing-api/overview/versioning",
      sources: [
        "https://developers.facebook.com/blog/post/2024/04/16/upcoming-change-in-marketing-api-version-deprecation"
      ],
      note: "The previous Marketing API version is supported for at least 90 days after a new one."
    }
  },
  versions: [
    {
      version: "v27.0",
      released: "2026-11-04",
      graphUntil: null,
      marketingUntil: null,
      source: "https://developers.facebook.com/blog/post/2026/11/04/introducing-graph-api-v27-and-marketing-api-v27/",
      sources: [
        "https://developers.facebook.com/docs/graph-api/changelog/versions/",
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ],
      note: "Newest version. Graph end date unknown until the next version ships (two-year rule). Marketing API end date TBD."
    },
    {
      version: "v26.0",
      released: "2026-07-29",
      graphUntil: "2028-11-04",
      marketingUntil: null,
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ],
      note: "graphUntil derived: Meta lists TBD; by the two-year rule it is two years after v27.0 (released 2026-11-04). Marketing API end date TBD."
    },
    {
      version: "v25.0",
      released: "2026-02-18",
      graphUntil: "2028-07-29",
      marketingUntil: "2027-02-23",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v24.0",
      released: "2025-10-08",
      graphUntil: "2028-02-18",
      marketingUntil: "2026-11-10",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ],
      note: "Marketing API: the newest changelog says 2026-11-10; an older copy said 2026-10-06. Using the newer date."
    },
    {
      version: "v23.0",
      released: "2025-05-29",
      graphUntil: "2027-10-08",
      marketingUntil: "2026-06-09",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v22.0",
      released: "2025-01-21",
      graphUntil: "2027-05-20",
      marketingUntil: "2026-02-19",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v21.0",
      released: "2024-10-02",
      graphUntil: "2027-01-21",
      marketingUntil: "2025-09-09",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v20.0",
      released: "2024-05-21",
      graphUntil: "2026-09-24",
      marketingUntil: "2025-05-06",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v19.0",
      released: "2024-01-23",
      graphUntil: "2026-05-21",
      marketingUntil: "2025-02-04",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v18.0",
      released: "2023-09-12",
      graphUntil: "2026-01-26",
      marketingUntil: "2024-08-13",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v17.0",
      released: "2023-05-23",
      graphUntil: "2025-09-12",
      marketingUntil: "2024-05-14",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v16.0",
      released: "2023-02-02",
      graphUntil: "2025-05-14",
      marketingUntil: "2024-02-06",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v15.0",
      released: "2022-09-15",
      graphUntil: "2024-11-20",
      marketingUntil: "2023-09-20",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v14.0",
      released: "2022-05-25",
      graphUntil: "2024-09-17",
      marketingUntil: "2023-09-20",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v13.0",
      released: "2022-02-08",
      graphUntil: "2024-05-28",
      marketingUntil: "2023-01-25",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v12.0",
      released: "2021-09-14",
      graphUntil: "2024-02-08",
      marketingUntil: "2022-08-09",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v11.0",
      released: "2021-06-08",
      graphUntil: "2023-09-14",
      marketingUntil: "2022-02-23",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v10.0",
      released: "2021-02-23",
      graphUntil: "2023-06-08",
      marketingUntil: "2021-10-04",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v9.0",
      released: "2020-11-10",
      graphUntil: "2023-02-23",
      marketingUntil: "2021-08-25",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v8.0",
      released: "2020-08-04",
      graphUntil: "2022-11-01",
      marketingUntil: "2021-05-04",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v7.0",
      released: "2020-05-05",
      graphUntil: "2022-08-04",
      marketingUntil: "2021-03-03",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v6.0",
      released: "2020-02-03",
      graphUntil: "2022-05-05",
      marketingUntil: "2021-02-08",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ],
      note: "Marketing API end date is the extended one."
    },
    {
      version: "v5.0",
      released: "2019-10-29",
      graphUntil: "2022-02-03",
      marketingUntil: "2020-09-28",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v4.0",
      released: "2019-07-29",
      graphUntil: "2021-11-02",
      marketingUntil: "2020-03-31",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v3.3",
      released: "2019-04-30",
      graphUntil: "2021-08-03",
      marketingUntil: "2020-01-13",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v3.2",
      released: "2018-10-23",
      graphUntil: "2021-05-04",
      marketingUntil: "2019-08-13",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v3.1",
      released: "2018-07-26",
      graphUntil: "2020-10-27",
      marketingUntil: "2019-05-14",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v3.0",
      released: "2018-05-01",
      graphUntil: "2020-07-28",
      marketingUntil: "2019-02-01",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v2.12",
      released: "2018-01-30",
      graphUntil: "2020-05-05",
      marketingUntil: "2018-08-07",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v2.11",
      released: "2017-11-07",
      graphUntil: "2020-01-28",
      marketingUntil: "2018-08-07",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v2.10",
      released: "2017-07-18",
      graphUntil: "2019-11-07",
      marketingUntil: "2018-05-08",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v2.9",
      released: "2017-04-18",
      graphUntil: "2019-07-22",
      marketingUntil: "2017-11-06",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v2.8",
      released: "2016-10-05",
      graphUntil: "2019-04-18",
      marketingUntil: "2017-07-26",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v2.7",
      released: "2016-07-13",
      graphUntil: "2018-10-05",
      marketingUntil: "2017-04-25",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v2.6",
      released: "2016-04-12",
      graphUntil: "2018-07-13",
      marketingUntil: "2016-10-05",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v2.5",
      released: "2015-10-07",
      graphUntil: "2018-04-12",
      marketingUntil: "2016-07-13",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ]
    },
    {
      version: "v2.4",
      released: "2015-07-08",
      graphUntil: "2017-10-09",
      marketingUntil: "2016-04-11",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ],
      note: "An older changelog copy says 2017-10-07; using the newer table."
    },
    {
      version: "v2.3",
      released: "2015-03-25",
      graphUntil: "2017-07-10",
      marketingUntil: "2015-10-08",
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/marketing-api-changelog/versions"
      ],
      note: "An older changelog copy says 2017-07-08; using the newer table."
    },
    {
      version: "v2.2",
      released: "2014-10-30",
      graphUntil: "2017-03-27",
      marketingUntil: null,
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog"
      ],
      note: "An older changelog copy says 2017-03-25. Marketing API end date not found (UNCONFIRMED); long past either way."
    },
    {
      version: "v2.1",
      released: "2014-08-07",
      graphUntil: "2016-10-31",
      marketingUntil: null,
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog"
      ],
      note: "An older changelog copy says 2016-10-30. Marketing API end date not found (UNCONFIRMED); long past either way."
    },
    {
      version: "v2.0",
      released: "2014-04-30",
      graphUntil: "2016-08-08",
      marketingUntil: null,
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog"
      ],
      note: "Available until 2016-08-08 (issue 10; the newer changelog table); an older changelog copy said 2016-08-07. Marketing API end date not found (UNCONFIRMED)."
    },
    {
      version: "v1.0",
      released: "2010-04-21",
      graphUntil: "2015-04-30",
      marketingUntil: null,
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      note: "The original Graph API, unversioned until v2.0; unavailable as of 2015-04-30 (Graph API changelog)."
    }
  ]
};

// data/use-cases.json
var use_cases_default = {
  $comment: "Generated by `npm run gen` from data/use-case-operations.json and data/endpoints.json. Do not edit. The built-in use-case catalogue (SPEC section 3): permissions.required + permissions.optional is everything a system user with this use case may hold (least-privilege-permissions). maxTasks: the broadest tasks allowed per asset type, before expansion; a grant is compared after expanding both sides (least-privilege-tasks). An asset type absent from maxTasks allows no grant on that type. adminOnly: only for role admin. operations: what the use case relies on. A manifest's useCases: block adds to or overrides these.",
  useCases: {
    instagram_shopping: {
      description: "Instagram Shopping: keep the shop's catalog in sync, tag products in Instagram media, and manage the shop's orders.",
      permissions: {
        required: ["catalog_management", "commerce_account_manage_orders"],
        optional: [
          "commerce_account_read_orders",
          "commerce_account_read_settings",
          "commerce_manage_accounts",
          "commerce_account_read_reports",
          "pages_show_list",
          "business_management",
          "pages_read_engagement",
          "instagram_basic",
          "ads_read",
          "instagram_shopping_tag_products"
        ]
      },
      maxTasks: {
        catalog: ["MANAGE"],
        page: ["CREATE_CONTENT"],
        commerce_account: ["MANAGE"],
        instagram_account: ["CONTENT"]
      },
      operations: {
        required: ["POST /{product-catalog-id}/items_batch", "POST /{order-id}/acknowledge_order"],
        optional: [
          "GET /{product-catalog-id}",
          "GET /{product-catalog-id}/products",
          "POST /{product-catalog-id}/products",
          "GET /{product-catalog-id}/check_batch_request_status",
          "GET /{product-catalog-id}/product_feeds",
          "POST /{product-catalog-id}/product_feeds",
          "POST /{product-feed-id}/uploads",
          "GET /{product-feed-id}/uploads",
          "POST /{product-feed-id}/upload_schedules",
          "GET /{product-catalog-id}/product_sets",
          "POST /{product-catalog-id}/product_sets",
          "POST /{product-set-id}",
          "GET /{product-item-id}",
          "POST /{product-item-id}",
          "DELETE /{product-item-id}",
          "GET /{cms-id}/commerce_orders",
          "GET /{order-id}",
          "GET /{order-id}/items",
          "GET /{order-id}/shipments",
          "POST /{order-id}/shipments",
          "POST /{order-id}/update_shipment",
          "POST /{order-id}/cancellations",
          "GET /{order-id}/cancellations",
          "POST /{order-id}/refunds",
          "GET /{order-id}/refunds",
          "POST /{order-id}/returns",
          "GET /{order-id}/returns",
          "GET /{cms-id}/returns",
          "GET /{order-id}/promotions",
          "GET /{cms-id}/order_management_apps",
          "POST /{cms-id}/order_management_apps",
          "POST /{cms-id}/acknowledge_orders",
          "GET /{cms-id}",
          "GET /{cms-id}/setup_status",
          "GET /{cms-id}/shops",
          "GET /{cms-id}/commerce_payouts",
          "GET /{cms-id}/commerce_transactions",
          "GET /{user-id}/accounts",
          "GET /{page-id}",
          "GET /{page-id}/commerce_merchant_settings",
          "GET /{ig-user-id}",
          "GET /{ig-user-id}/media",
          "GET /{ig-user-id}/available_catalogs",
          "GET /{ig-user-id}/catalog_product_search",
          "GET /{ig-media-id}/product_tags",
          "POST /{ig-media-id}/product_tags",
          "DELETE /{ig-media-id}/product_tags",
          "GET /{ig-user-id}/product_appeal",
          "POST /{ig-user-id}/product_appeal"
        ]
      },
      sources: [
        "https://developers.facebook.com/docs/commerce-platform/setup/api-setup",
        "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/product-tagging",
        "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api",
        "https://developers.facebook.com/docs/pages-api/manage-pages"
      ],
      note: "Page access restricted to CREATE_CONTENT (SPEC section 3; the Order Management API acts through a Page token of an Editor, and product tagging through CREATE_CONTENT). Decided: ads_management is not allowed. Meta never requires it here: where the Page role comes through Business Manager (always, for a system user) available_catalogs and catalog_product_search accept ads_read or ads_management (ads_read, read-only, is taken) and product_tags accepts ads_management or business_management (business_management, which the shop token holds anyway, is taken); catalog writes need catalog_management."
    },
    order_management: {
      description: "Order Management API: read and update a commerce account's orders, refunds and settings.",
      permissions: {
        required: ["commerce_account_manage_orders"],
        optional: [
          "commerce_account_read_orders",
          "commerce_account_read_settings",
          "commerce_manage_accounts",
          "commerce_account_read_reports",
          "pages_show_list",
          "business_management",
          "pages_read_engagement"
        ]
      },
      maxTasks: {
        page: ["CREATE_CONTENT"],
        commerce_account: ["MANAGE"]
      },
      operations: {
        required: ["POST /{order-id}/acknowledge_order"],
        optional: [
          "GET /{cms-id}/commerce_orders",
          "GET /{order-id}",
          "GET /{order-id}/items",
          "GET /{order-id}/shipments",
          "POST /{order-id}/shipments",
          "POST /{order-id}/update_shipment",
          "POST /{order-id}/cancellations",
          "GET /{order-id}/cancellations",
          "POST /{order-id}/refunds",
          "GET /{order-id}/refunds",
          "POST /{order-id}/returns",
          "GET /{order-id}/returns",
          "GET /{cms-id}/returns",
          "GET /{order-id}/promotions",
          "GET /{cms-id}/order_management_apps",
          "POST /{cms-id}/order_management_apps",
          "POST /{cms-id}/acknowledge_orders",
          "GET /{cms-id}",
          "GET /{cms-id}/setup_status",
          "GET /{cms-id}/shops",
          "GET /{cms-id}/commerce_payouts",
          "GET /{cms-id}/commerce_transactions",
          "GET /{user-id}/accounts",
          "GET /{page-id}",
          "GET /{page-id}/commerce_merchant_settings"
        ]
      },
      sources: [
        "https://developers.facebook.com/docs/commerce-platform/setup/api-setup",
        "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api",
        "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/acknowledgement-api"
      ],
      note: "The Order Management API relies on a Page access token whose Page role is Editor or above: CREATE_CONTENT on the Page, and the pages_* a system user needs to get that token (pages_show_list for /me/accounts, pages_read_engagement for /{page-id}?fields=access_token, business_management for Pages endpoints). The setup guide assigns the system user admin access (MANAGE) to the commerce account. Catalog sync is the catalog_management use case."
    },
    catalog_management: {
      description: "Catalog API: create and update product catalogs, feeds and items.",
      permissions: {
        required: ["catalog_management"],
        optional: ["business_management"]
      },
      maxTasks: {
        catalog: ["MANAGE"]
      },
      operations: {
        required: ["POST /{product-catalog-id}/products"],
        optional: [
          "GET /{product-catalog-id}",
          "GET /{product-catalog-id}/products",
          "POST /{product-catalog-id}/items_batch",
          "GET /{product-catalog-id}/check_batch_request_status",
          "GET /{product-catalog-id}/product_feeds",
          "POST /{product-catalog-id}/product_feeds",
          "POST /{product-feed-id}/uploads",
          "GET /{product-feed-id}/uploads",
          "POST /{product-feed-id}/upload_schedules",
          "GET /{product-catalog-id}/product_sets",
          "POST /{product-catalog-id}/product_sets",
          "POST /{product-set-id}",
          "GET /{product-item-id}",
          "POST /{product-item-id}",
          "DELETE /{product-item-id}",
          "POST /{product-catalog-id}",
          "POST /{product-catalog-id}/batch",
          "POST /{product-catalog-id}/localized_items_batch",
          "POST /{product-feed-id}",
          "DELETE /{product-feed-id}",
          "GET /{product-feed-id}",
          "GET /{product-feed-id}/products",
          "GET /{product-set-id}",
          "GET /{product-set-id}/products",
          "DELETE /{product-set-id}",
          "GET /{product-catalog-id}/product_groups",
          "GET /{product-catalog-id}/diagnostics",
          "GET /{business-id}/owned_product_catalogs",
          "POST /{business-id}/owned_product_catalogs"
        ]
      },
      sources: [
        "https://developers.facebook.com/docs/commerce-platform/setup/api-setup",
        "https://developers.facebook.com/docs/permissions",
        "https://developers.facebook.com/docs/marketing-api/catalog/guides/manage-catalog-items/catalog-batch-api"
      ],
      note: "business_management is needed for business-owned catalogs (listing and creating a business's catalogs). Reads take catalog_management, not ads_management."
    },
    marketing: {
      description: "Marketing API: create and manage campaigns, ad sets, ads and creatives, and read their results.",
      permissions: {
        required: ["ads_management"],
        optional: ["ads_read", "catalog_management", "instagram_basic", "pages_read_engagement", "pages_show_list", "pages_manage_ads", "business_management"]
      },
      maxTasks: {
        ad_account: ["ADVERTISE"],
        pixel: ["ADVERTISE"],
        catalog: ["ADVERTISE"],
        page: ["ADVERTISE"],
        instagram_account: ["ADVERTISE"]
      },
      operations: {
        required: ["POST /{ad-account-id}/campaigns"],
        optional: [
          "GET /{ad-account-id}",
          "GET /{ad-account-id}/campaigns",
          "GET /{campaign-id}",
          "GET /{campaign-id}/adsets",
          "GET /{campaign-id}/ads",
          "GET /{ad-account-id}/adsets",
          "GET /{adset-id}",
          "GET /{adset-id}/ads",
          "GET /{ad-account-id}/ads",
          "GET /{ad-id}",
          "GET /{ad-id}/previews",
          "GET /{ad-account-id}/adcreatives",
          "GET /{ad-creative-id}",
          "GET /{ad-account-id}/adimages",
          "GET /{ad-account-id}/advideos",
          "GET /{ad-account-id}/insights",
          "POST /{ad-account-id}/insights",
          "GET /{campaign-id}/insights",
          "GET /{adset-id}/insights",
          "GET /{ad-id}/insights",
          "GET /{report-run-id}",
          "GET /{report-run-id}/insights",
          "GET /{ad-account-id}/customaudiences",
          "GET /{custom-audience-id}",
          "GET /{ad-account-id}/saved_audiences",
          "GET /{ad-account-id}/adspixels",
          "GET /{ad-account-id}/targetingsearch",
          "GET /{ad-account-id}/reachestimate",
          "GET /{ad-account-id}/delivery_estimate",
          "DELETE /{ad-account-id}/campaigns",
          "POST /{campaign-id}",
          "DELETE /{campaign-id}",
          "POST /{ad-account-id}/adsets",
          "POST /{adset-id}",
          "DELETE /{adset-id}",
          "POST /{ad-account-id}/ads",
          "POST /{ad-id}",
          "DELETE /{ad-id}",
          "POST /{ad-account-id}/adcreatives",
          "POST /{ad-creative-id}",
          "DELETE /{ad-creative-id}",
          "POST /{ad-account-id}/adimages",
          "POST /{ad-account-id}/advideos",
          "POST /{ad-account-id}/customaudiences",
          "POST /{custom-audience-id}",
          "DELETE /{custom-audience-id}",
          "POST /{custom-audience-id}/users",
          "DELETE /{custom-audience-id}/users",
          "POST /{custom-audience-id}/usersreplace",
          "GET /{pixel-id}",
          "GET /{pixel-id}/stats",
          "GET /{product-catalog-id}/product_sets",
          "GET /{product-catalog-id}/products",
          "GET /{product-set-id}",
          "GET /{ig-user-id}",
          "GET /{page-id}/ads_posts",
          "GET /{business-id}/owned_ad_accounts",
          "GET /{business-id}/client_ad_accounts",
          "GET /{business-id}/owned_pixels"
        ]
      },
      sources: [
        "https://developers.facebook.com/docs/permissions",
        "https://developers.facebook.com/docs/marketing-api/get-started/authorization",
        "https://developers.facebook.com/docs/marketing-api/businessmanager/support/",
        "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"
      ],
      note: "Decided: ADVERTISE (Manage campaigns, which includes drafting and reading results) is the broadest ad-account task; MANAGE adds account settings and people, which automation does not need, so POST /{ad-account-id} is left out. Catalogs, pixels, Pages and Instagram accounts are used in ads with their Advertise task. ads_management depends on pages_read_engagement and pages_show_list (Permissions Reference)."
    },
    ads_reporting: {
      description: "Ads Insights API: read-only reporting on ad accounts.",
      permissions: {
        required: ["ads_read"],
        optional: ["read_insights", "pages_read_engagement", "business_management", "instagram_basic", "instagram_manage_insights", "pages_show_list"]
      },
      maxTasks: {
        ad_account: ["ANALYZE", "AA_ANALYZE"],
        pixel: ["ANALYZE"],
        page: ["ANALYZE"],
        instagram_account: ["ANALYZE"]
      },
      operations: {
        required: ["GET /{ad-account-id}/insights"],
        optional: [
          "POST /{ad-account-id}/insights",
          "GET /{campaign-id}/insights",
          "GET /{adset-id}/insights",
          "GET /{ad-id}/insights",
          "GET /{report-run-id}",
          "GET /{report-run-id}/insights",
          "GET /{ad-account-id}",
          "GET /{ad-account-id}/campaigns",
          "GET /{ad-account-id}/adsets",
          "GET /{ad-account-id}/ads",
          "GET /{pixel-id}/stats",
          "GET /{page-id}/insights",
          "GET /{post-id}/insights",
          "GET /{ig-user-id}/insights",
          "GET /{ig-media-id}/insights",
          "GET /{business-id}/owned_ad_accounts"
        ]
      },
      sources: ["https://developers.facebook.com/docs/permissions", "https://developers.facebook.com/docs/marketing-api/insights"],
      note: "Read-only: ads_read, never ads_management. Page and Instagram insights (read_insights, instagram_manage_insights) are optional for cross-channel reports."
    },
    page_content: {
      description: "Pages API: publish and edit a Page's posts, videos and comments, and read its engagement.",
      permissions: {
        required: ["pages_manage_posts", "pages_read_engagement", "business_management"],
        optional: ["pages_show_list", "pages_read_user_content", "read_insights", "pages_manage_engagement", "publish_video", "pages_manage_metadata"]
      },
      maxTasks: {
        page: ["CREATE_CONTENT", "MODERATE", "ANALYZE"]
      },
      operations: {
        required: ["POST /{page-id}/feed"],
        optional: [
          "GET /{user-id}/accounts",
          "GET /{page-id}",
          "GET /{page-id}/feed",
          "GET /{page-id}/posts",
          "GET /{page-id}/published_posts",
          "GET /{page-id}/scheduled_posts",
          "GET /{page-id}/visitor_posts",
          "GET /{page-id}/tagged",
          "GET /{post-id}",
          "POST /{post-id}",
          "DELETE /{post-id}",
          "GET /{post-id}/insights",
          "GET /{post-id}/sharedposts",
          "GET /{object-id}/comments",
          "POST /{object-id}/comments",
          "GET /{comment-id}",
          "POST /{comment-id}",
          "DELETE /{comment-id}",
          "GET /{object-id}/reactions",
          "POST /{object-id}/likes",
          "DELETE /{object-id}/likes",
          "GET /{page-id}/photos",
          "POST /{page-id}/photos",
          "GET /{page-id}/videos",
          "POST /{page-id}/videos",
          "POST /{page-id}/video_reels",
          "GET /{page-id}/live_videos",
          "POST /{page-id}/live_videos",
          "GET /{page-id}/insights",
          "GET /{page-id}/subscribed_apps",
          "POST /{page-id}/subscribed_apps",
          "DELETE /{page-id}/subscribed_apps"
        ]
      },
      sources: [
        "https://developers.facebook.com/docs/pages-api/manage-pages",
        "https://developers.facebook.com/docs/pages-api/getting-started",
        "https://developers.facebook.com/docs/graph-api/reference/page/feed/"
      ],
      note: "A system user calling Pages endpoints needs business_management (manage-pages guide), so it is required with pages_manage_posts and pages_read_engagement (POST /{page-id}/feed). Page tasks per switch: Content (CREATE_CONTENT) to publish, Community activity (MODERATE) for comments, Insights (ANALYZE) for insights."
    },
    instagram_content: {
      description: "Instagram API with Facebook Login: publish media, moderate comments and read insights of an Instagram professional account.",
      permissions: {
        required: ["instagram_basic", "pages_read_engagement", "pages_show_list"],
        optional: ["ads_management", "ads_read", "business_management", "instagram_content_publish", "instagram_manage_comments", "instagram_manage_insights"]
      },
      maxTasks: {
        page: ["CREATE_CONTENT", "MODERATE", "ANALYZE"],
        instagram_account: ["CONTENT", "COMMUNITY_ACTIVITY", "ANALYZE"]
      },
      operations: {
        required: ["GET /{ig-user-id}/media"],
        optional: [
          "GET /{ig-user-id}",
          "POST /{ig-user-id}/media",
          "POST /{ig-user-id}/media_publish",
          "GET /{ig-container-id}",
          "GET /{ig-user-id}/content_publishing_limit",
          "GET /{ig-media-id}",
          "POST /{ig-media-id}",
          "DELETE /{ig-media-id}",
          "GET /{ig-media-id}/children",
          "GET /{ig-media-id}/comments",
          "POST /{ig-media-id}/comments",
          "GET /{ig-comment-id}",
          "POST /{ig-comment-id}",
          "DELETE /{ig-comment-id}",
          "GET /{ig-comment-id}/replies",
          "POST /{ig-comment-id}/replies",
          "GET /{ig-media-id}/insights",
          "GET /{ig-user-id}/insights",
          "GET /{ig-user-id}/stories",
          "GET /{ig-user-id}/tags",
          "GET /{ig-user-id}/live_media",
          "GET /{user-id}/accounts",
          "GET /{page-id}/instagram_accounts"
        ]
      },
      sources: [
        "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login",
        "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media",
        "https://developers.facebook.com/docs/instagram-api/reference/ig-user/stories/"
      ],
      note: "When the Page role comes through Business Manager (always, for a system user), Meta requires one of ads_management, ads_read or business_management on every IG User and IG Media call, so all three are allowed. Grants: the Page (CREATE_CONTENT, MODERATE for comments, ANALYZE for insights) or the Instagram account asset (CONTENT, COMMUNITY_ACTIVITY, ANALYZE)."
    },
    messaging: {
      description: "Messenger Platform and Instagram Direct: receive and answer messages as a Page or an Instagram professional account.",
      permissions: {
        required: [],
        optional: ["pages_messaging", "business_management", "pages_manage_metadata", "pages_show_list", "instagram_basic", "instagram_manage_messages"]
      },
      maxTasks: {
        page: ["MODERATE", "MESSAGING"],
        instagram_account: ["MESSAGES"]
      },
      operations: {
        required: [],
        optional: [
          "POST /{page-id}/messages",
          "GET /{page-id}/conversations",
          "POST /{page-id}/messenger_profile",
          "GET /{page-id}/subscribed_apps",
          "POST /{page-id}/subscribed_apps",
          "DELETE /{page-id}/subscribed_apps",
          "GET /{user-id}/accounts",
          "POST /{ig-user-id}/messages"
        ]
      },
      sources: [
        "https://developers.facebook.com/docs/permissions",
        "https://developers.facebook.com/docs/messenger-platform/webhooks",
        "https://developers.facebook.com/docs/graph-api/reference/page/subscribed_apps/"
      ],
      note: "Nothing is required because either pages_messaging (Messenger) or instagram_manage_messages (Instagram Direct) is the core. Webhook subscription needs pages_manage_metadata and CREATE_CONTENT, MANAGE or MODERATE on the Page (subscribed_apps reference): MODERATE is taken. WhatsApp is the whatsapp_messaging use case."
    },
    whatsapp_messaging: {
      description: "WhatsApp Cloud API: send and receive messages and manage templates of a WhatsApp Business Account.",
      permissions: {
        required: ["whatsapp_business_messaging"],
        optional: ["whatsapp_business_management", "business_management"]
      },
      maxTasks: {
        whatsapp_business_account: ["DEVELOP", "MESSAGING", "MANAGE_TEMPLATES", "VIEW_PHONE_ASSETS", "VIEW_COST", "VIEW_INSIGHTS"]
      },
      operations: {
        required: ["POST /{phone-number-id}/messages"],
        optional: [
          "POST /{phone-number-id}/media",
          "GET /{media-id}",
          "DELETE /{media-id}",
          "GET /{phone-number-id}",
          "GET /{whatsapp-business-account-id}/phone_numbers",
          "GET /{phone-number-id}/whatsapp_business_profile",
          "GET /{whatsapp-business-account-id}/message_templates",
          "POST /{whatsapp-business-account-id}/message_templates",
          "DELETE /{whatsapp-business-account-id}/message_templates",
          "GET /{message-template-id}",
          "POST /{message-template-id}",
          "GET /{whatsapp-business-account-id}",
          "GET /{whatsapp-business-account-id}/subscribed_apps",
          "POST /{whatsapp-business-account-id}/subscribed_apps",
          "DELETE /{whatsapp-business-account-id}/subscribed_apps",
          "GET /{whatsapp-business-account-id}/conversation_analytics",
          "GET /{whatsapp-business-account-id}/template_analytics",
          "GET /{whatsapp-business-account-id}/pricing_analytics",
          "GET /{business-id}/owned_whatsapp_business_accounts"
        ]
      },
      sources: [
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/",
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/access-tokens",
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/"
      ],
      note: "Decision: the granular WABA tasks a sender needs (MESSAGING, MANAGE_TEMPLATES, VIEW_PHONE_ASSETS, DEVELOP for webhooks, VIEW_INSIGHTS and VIEW_COST for analytics), not MANAGE (admin, which adds phone, user and billing management). Meta: business_management is rarely needed (listing the business's WhatsApp accounts)."
    },
    lead_retrieval: {
      description: "Lead Ads: download leads from a Page's instant forms.",
      permissions: {
        required: ["leads_retrieval", "ads_management", "pages_show_list", "pages_read_engagement", "pages_manage_ads"],
        optional: ["business_management", "pages_manage_metadata"]
      },
      maxTasks: {
        page: ["MODERATE", "ADVERTISE", "MANAGE_LEADS"],
        ad_account: ["ADVERTISE"]
      },
      operations: {
        required: ["GET /{form-id}/leads"],
        optional: [
          "GET /{page-id}/leadgen_forms",
          "GET /{form-id}",
          "GET /{ad-id}/leads",
          "GET /{lead-id}",
          "GET /{user-id}/accounts",
          "POST /{page-id}/subscribed_apps",
          "GET /{page-id}/subscribed_apps",
          "DELETE /{page-id}/subscribed_apps"
        ]
      },
      sources: [
        "https://developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving",
        "https://developers.facebook.com/docs/graph-api/reference/has-lead-access/",
        "https://developers.facebook.com/docs/graph-api/reference/page/subscribed_apps/"
      ],
      note: "Retrieving Leads: a token of a person who can advertise on the ad account and on the Page, with ads_management, leads_retrieval, pages_show_list, pages_read_engagement and pages_manage_ads; pages_manage_metadata if using webhooks (POST /{page-id}/subscribed_apps, which also needs CREATE_CONTENT, MANAGE or MODERATE on the Page: MODERATE is taken). Page tasks: ADVERTISE, or the Leads switch (MANAGE_LEADS); ADVERTISE on the ad account for ad-level reads."
    },
    business_audit: {
      description: "Read-only auditor: lists the business's system users, assets and assignments (the token graphguard --live uses).",
      permissions: {
        required: ["business_management"],
        optional: ["whatsapp_business_management"]
      },
      maxTasks: {},
      operations: {
        required: ["GET /{business-id}/system_users"],
        optional: [
          "GET /{system-user-id}/assigned_pages",
          "GET /{system-user-id}/assigned_ad_accounts",
          "GET /{system-user-id}/assigned_product_catalogs",
          "GET /{system-user-id}/assigned_whatsapp_business_accounts",
          "GET /{system-user-id}/assigned_ads_pixels",
          "GET /{business-id}",
          "GET /{system-user-id}"
        ]
      },
      sources: [
        "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users",
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"
      ],
      note: "Exactly the reads graphguard --live makes (system_users and each system user's assigned_* edges; debug_token uses the app token). They need business_management and no asset task, so the auditor may hold no grant. whatsapp_business_management is optional: the assigned WhatsApp Business accounts edge needs it (WhatsApp permissions page), and graphguard --live reads it only when the manifest declares one."
    },
    business_admin: {
      description: "Business administration by the admin system user: create system users and their tokens, assign assets and claim Pages, ad accounts and WhatsApp accounts. Never for app API calls.",
      permissions: {
        required: ["business_management"],
        optional: ["whatsapp_business_management", "pages_manage_metadata", "catalog_management", "pages_show_list"]
      },
      maxTasks: {},
      adminOnly: true,
      operations: {
        required: ["POST /{business-id}/system_users"],
        optional: [
          "GET /{business-id}/system_users",
          "GET /{system-user-id}",
          "POST /{system-user-id}/access_tokens",
          "DELETE /{system-user-id}/access_tokens",
          "POST /{system-user-id}/applications",
          "POST /{business-id}/system_user_access_tokens",
          "GET /{system-user-id}/assigned_pages",
          "GET /{system-user-id}/assigned_ad_accounts",
          "GET /{system-user-id}/assigned_product_catalogs",
          "GET /{system-user-id}/assigned_whatsapp_business_accounts",
          "GET /{system-user-id}/assigned_ads_pixels",
          "GET /{business-id}/business_users",
          "POST /{business-id}/business_users",
          "GET /{business-id}/pending_users",
          "GET /{page-id}/assigned_users",
          "POST /{page-id}/assigned_users",
          "DELETE /{page-id}/assigned_users",
          "GET /{ad-account-id}/assigned_users",
          "POST /{ad-account-id}/assigned_users",
          "DELETE /{ad-account-id}/assigned_users",
          "GET /{product-catalog-id}/assigned_users",
          "POST /{product-catalog-id}/assigned_users",
          "DELETE /{product-catalog-id}/assigned_users",
          "GET /{whatsapp-business-account-id}/assigned_users",
          "POST /{whatsapp-business-account-id}/assigned_users",
          "DELETE /{whatsapp-business-account-id}/assigned_users",
          "GET /{pixel-id}/assigned_users",
          "POST /{pixel-id}/assigned_users",
          "GET /{business-id}/owned_pages",
          "POST /{business-id}/owned_pages",
          "GET /{business-id}/client_pages",
          "POST /{business-id}/client_pages",
          "DELETE /{business-id}/pages",
          "GET /{business-id}/owned_ad_accounts",
          "POST /{business-id}/owned_ad_accounts",
          "GET /{business-id}/client_ad_accounts",
          "POST /{business-id}/client_ad_accounts",
          "POST /{business-id}/adaccount",
          "GET /{business-id}/owned_product_catalogs",
          "GET /{business-id}/owned_whatsapp_business_accounts",
          "GET /{business-id}/client_whatsapp_business_accounts",
          "GET /{business-id}/owned_pixels",
          "POST /{business-id}/adspixels"
        ]
      },
      sources: [
        "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
        "https://developers.facebook.com/docs/business-management-apis/system-users/create-retrieve-update",
        "https://developers.facebook.com/docs/marketing-api/business-manager/asset-management/pages",
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/"
      ],
      note: "Meta: use the admin system user only for administrative actions and guard its token. Its permissions are what Meta's admin operations need: business_management for system users, tokens and assignments; pages_manage_metadata and pages_show_list to assign Page users and claim Pages; whatsapp_business_management to assign WhatsApp users; ads_management to claim, create and assign ad accounts and pixels; catalog_management to assign catalog users. It reaches every asset by its role, so no asset grants (admin-scope): adminOnly use cases have no task ceilings."
    }
  }
};

// data/access-levels.json
var access_levels_default = {
  $comment: "System-user quota per app access level (SPEC section 2, system-user-quota). app.quota in the manifest overrides these. Meta documents that a limit exists and that a business has one admin system user, not the per-level numbers: see note.",
  levels: {
    development: {
      systemUsers: 1,
      adminSystemUsers: 1,
      source: "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/collaborative-ads/managed-partner-ads/api-guide/prerequisites/create-system-user"],
      note: `Meta: "Meta limits the number of system users per business manager based on your app's access level" and "You can only have one system admin user per Business Manager account". The per-level count (1) is UNCONFIRMED in Meta text; graphguard uses the SPEC value. Override with app.quota.`
    },
    basic: {
      systemUsers: 3,
      adminSystemUsers: 1,
      source: "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
      sources: ["https://developers.facebook.com/ads/blog/post/v2/2018/07/02/marketing-api-tier-simplification/"],
      note: "Legacy Marketing API level: on 2018-07-02 Meta folded Basic into Standard, so no new app is at this level. The count (3) is UNCONFIRMED in Meta text (SPEC value); one admin system user per business is documented."
    },
    standard: {
      systemUsers: 10,
      adminSystemUsers: 1,
      source: "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
      sources: ["https://developers.meta.com/blog/updates-to-ads-management-standard-access-feature/", "https://developers.facebook.com/docs/marketing-api/access"],
      note: 'Standard access (renamed Marketing API Access Tier: Full access on 2026-05-04; the tier "controls your rate limits, Business Manager access, and system user capacity"). The count (10) is UNCONFIRMED in Meta text (SPEC value); one admin system user per business is documented.'
    }
  }
};

// data/endpoints.json
var endpoints_default = {
  $comment: "Graph API operations and what each needs (SPEC section 7). permissions.allOf: all needed; permissions.anyOf: when not empty, one of them is needed too. task: the task the token's user needs on the asset the call targets; anyOf lists the narrowest tasks that suffice (a task implying one of them suffices too), the first is the one a use case's task ceiling takes unless data/use-case-operations.json picks another; task.or lists alternative grants on another asset type, any of which suffices instead. node: the class of Meta's codegen API specs (facebook-business-sdk-codegen) the path starts at, named as the business SDKs name its file (ProductCatalog: product_catalog, IGUser: ig_user, WhatsAppBusinessAccount: whats_app_business_account); nodes outside the specs (the WhatsApp Cloud API, IG containers, Graph objects) are named after Meta's reference. Placeholders: {ad-account-id} stands for the act_ form. Every entry names the reference pages that state its requirements; note says what was decided where a page is silent or ambiguous.",
  operations: [
    {
      method: "GET",
      path: "/{user-id}/accounts",
      node: "user",
      permissions: { allOf: ["pages_show_list", "business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/graph-api/reference/user/accounts/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Lists the Pages the token's user has a task on, with their Page access tokens; /me/accounts for a system user. System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ANALYZE", "MODERATE", "CREATE_CONTENT", "MESSAGING", "ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Any Page task reads the Page; fields=access_token returns the Page access token for the token's user. System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{page-id}",
      node: "page",
      permissions: { allOf: ["pages_manage_metadata", "pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Updating Page settings needs full control (MANAGE). System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/feed",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/feed/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Meta lists CREATE_CONTENT, MANAGE or MODERATE; posts by other people also need pages_read_user_content. System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{page-id}/feed",
      node: "page",
      permissions: { allOf: ["pages_manage_posts", "pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/feed/", "https://developers.facebook.com/docs/pages-api/getting-started", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Page access token of a person who can perform CREATE_CONTENT. System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/posts",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/feed/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Documented on the Page feed reference (posts published by the Page). System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/published_posts",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/feed/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Documented on the Page feed reference. System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/scheduled_posts",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "pages_manage_posts", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/feed/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Decided: scheduled (unpublished) posts are content management, so CREATE_CONTENT and pages_manage_posts. System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/visitor_posts",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "pages_read_user_content", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/feed/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/tagged",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "pages_read_user_content", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/feed/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{post-id}",
      node: "page_post",
      permissions: { allOf: ["pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/pagepost/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{post-id}",
      node: "page_post",
      permissions: { allOf: ["pages_manage_posts", "pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/pagepost/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "DELETE",
      path: "/{post-id}",
      node: "page_post",
      permissions: { allOf: ["pages_manage_posts", "pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/pagepost/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{post-id}/insights",
      node: "page_post",
      permissions: { allOf: ["read_insights", "pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/insights/", "https://developers.facebook.com/docs/graph-api/reference/pagepost/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{post-id}/sharedposts",
      node: "page_post",
      permissions: { allOf: ["pages_read_engagement", "pages_read_user_content", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/pagepost/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{object-id}/comments",
      node: "object",
      permissions: { allOf: ["pages_read_engagement", "pages_read_user_content", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/object/comments/", "https://developers.facebook.com/docs/pages-api/comments-mentions", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Comments on a Page post, photo, video or comment. System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{object-id}/comments",
      node: "object",
      permissions: { allOf: ["pages_manage_engagement", "pages_read_user_content", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/object/comments/", "https://developers.facebook.com/docs/pages-api/comments-mentions", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Commenting as the Page is community activity (MODERATE). System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{comment-id}",
      node: "comment",
      permissions: { allOf: ["pages_read_engagement", "pages_read_user_content", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/comment/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{comment-id}",
      node: "comment",
      permissions: { allOf: ["pages_manage_engagement", "pages_read_user_content", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/comment/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Edit, hide or unhide a comment. System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "DELETE",
      path: "/{comment-id}",
      node: "comment",
      permissions: { allOf: ["pages_manage_engagement", "pages_read_user_content", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/comment/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{object-id}/reactions",
      node: "object",
      permissions: { allOf: ["pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/object/reactions/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{object-id}/likes",
      node: "object",
      permissions: { allOf: ["pages_manage_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/object/likes/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "DELETE",
      path: "/{object-id}/likes",
      node: "object",
      permissions: { allOf: ["pages_manage_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/object/likes/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/photos",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/photos/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{page-id}/photos",
      node: "page",
      permissions: { allOf: ["pages_manage_posts", "pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/photos/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/videos",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/videos/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{page-id}/videos",
      node: "page",
      permissions: { allOf: ["pages_manage_posts", "pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/videos/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Uploads go to graph-video.facebook.com. publish_video is for live video only (see POST /{page-id}/live_videos). System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{page-id}/video_reels",
      node: "page",
      permissions: { allOf: ["pages_manage_posts", "pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/video_reels/", "https://developers.facebook.com/docs/video-api/guides/reels-publishing", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/live_videos",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/live_videos/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{page-id}/live_videos",
      node: "page",
      permissions: { allOf: ["publish_video", "pages_manage_posts", "pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/live_videos/", "https://developers.facebook.com/docs/live-video-api", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/insights",
      node: "page",
      permissions: { allOf: ["read_insights", "pages_read_engagement", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/insights/", "https://developers.facebook.com/docs/platforminsights/page", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/subscribed_apps",
      node: "page",
      permissions: { allOf: ["pages_manage_metadata", "pages_show_list", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/subscribed_apps/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Page access token of a person who can perform CREATE_CONTENT, MANAGE or MODERATE on the Page, with pages_manage_metadata and pages_show_list (subscribed_apps reference). System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{page-id}/subscribed_apps",
      node: "page",
      permissions: { allOf: ["pages_manage_metadata", "pages_show_list", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/subscribed_apps/", "https://developers.facebook.com/docs/messenger-platform/webhooks", "https://developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Subscribes the app to the Page's webhooks (feed, messages, leadgen). Page access token of a person who can perform CREATE_CONTENT, MANAGE or MODERATE on the Page, with pages_manage_metadata and pages_show_list (subscribed_apps reference). System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "DELETE",
      path: "/{page-id}/subscribed_apps",
      node: "page",
      permissions: { allOf: ["pages_manage_metadata", "pages_show_list", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/subscribed_apps/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Page access token of a person who can perform CREATE_CONTENT, MANAGE or MODERATE on the Page, with pages_manage_metadata and pages_show_list (subscribed_apps reference). System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/assigned_users",
      node: "page",
      permissions: { allOf: ["pages_manage_metadata", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/assigned_users/", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "Page access token from someone who can perform MANAGE, plus pages_manage_metadata (assigned_users reference); business parameter required."
    },
    {
      method: "POST",
      path: "/{page-id}/assigned_users",
      node: "page",
      permissions: { allOf: ["pages_manage_metadata", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/assigned_users/", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "Assigns a (system) user Page tasks: an admin operation."
    },
    {
      method: "DELETE",
      path: "/{page-id}/assigned_users",
      node: "page",
      permissions: { allOf: ["pages_manage_metadata", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/assigned_users/", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "An admin operation."
    },
    {
      method: "GET",
      path: "/{page-id}/conversations",
      node: "page",
      permissions: { allOf: ["pages_messaging", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MESSAGING"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/conversations/", "https://developers.facebook.com/docs/messenger-platform/conversations", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{page-id}/messages",
      node: "page",
      permissions: { allOf: ["pages_messaging", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MESSAGING"] },
      sources: ["https://developers.facebook.com/docs/messenger-platform/reference/send-api/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Messenger Send API (also /me/messages with a Page token). System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "POST",
      path: "/{page-id}/messenger_profile",
      node: "page",
      permissions: { allOf: ["pages_messaging", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MESSAGING"] },
      sources: ["https://developers.facebook.com/docs/messenger-platform/reference/messenger-profile-api/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/ratings",
      node: "page",
      permissions: { allOf: ["pages_read_user_content", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MODERATE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/ratings/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/ads_posts",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "pages_manage_ads", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/ads_posts/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "Posts used in ads. Decided: the Ads task. System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{page-id}/leadgen_forms",
      node: "page",
      permissions: { allOf: ["pages_manage_ads", "pages_read_engagement", "pages_show_list", "leads_retrieval"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/leadgen_forms/", "https://developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving"],
      note: "Decided: listing forms needs what reading leads needs except ads_management (no ad fields)."
    },
    {
      method: "POST",
      path: "/{page-id}/leadgen_forms",
      node: "page",
      permissions: { allOf: ["pages_manage_ads", "pages_read_engagement", "pages_show_list", "leads_retrieval"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/leadgen_forms/", "https://developers.facebook.com/docs/marketing-api/guides/lead-ads/create"],
      note: "Creating an instant form is an Ads task."
    },
    {
      method: "GET",
      path: "/{form-id}",
      node: "leadgen_form",
      permissions: { allOf: ["pages_manage_ads", "pages_read_engagement", "pages_show_list", "leads_retrieval"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/leadgen-form/", "https://developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving"]
    },
    {
      method: "GET",
      path: "/{form-id}/leads",
      node: "leadgen_form",
      permissions: { allOf: ["leads_retrieval", "ads_management", "pages_show_list", "pages_read_engagement", "pages_manage_ads"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ADVERTISE", "MANAGE_LEADS"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving", "https://developers.facebook.com/docs/graph-api/reference/leadgen-form/leads/"],
      note: "Retrieving Leads: a Page or User access token of a person who can advertise on the ad account and on the Page, with leads access (Leads Access Manager); ads_management, leads_retrieval, pages_show_list, pages_read_engagement, pages_manage_ads. The form's leads belong to the Page. MANAGE_LEADS (the Leads switch) is the alternative."
    },
    {
      method: "GET",
      path: "/{ad-id}/leads",
      node: "ad",
      permissions: { allOf: ["leads_retrieval", "ads_management", "pages_show_list", "pages_read_engagement", "pages_manage_ads"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ADVERTISE", "MANAGE_LEADS"], or: [{ assetType: "ad_account", anyOf: ["ADVERTISE"] }] },
      sources: ["https://developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving", "https://developers.facebook.com/documentation/ads-commerce/graph-api/reference/adgroup/leads"],
      note: "Retrieving Leads: a Page or User access token of a person who can advertise on the ad account and on the Page, with leads access (Leads Access Manager); ads_management, leads_retrieval, pages_show_list, pages_read_engagement, pages_manage_ads. Decided: the Page grant is what graphguard checks; an ad-account ADVERTISE grant is the alternative for ad-level reads."
    },
    {
      method: "GET",
      path: "/{lead-id}",
      node: "lead",
      permissions: { allOf: ["leads_retrieval", "ads_management", "pages_show_list", "pages_read_engagement", "pages_manage_ads"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ADVERTISE", "MANAGE_LEADS"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving", "https://developers.facebook.com/docs/graph-api/reference/lead/"],
      note: "Retrieving Leads: a Page or User access token of a person who can advertise on the ad account and on the Page, with leads access (Leads Access Manager); ads_management, leads_retrieval, pages_show_list, pages_read_engagement, pages_manage_ads."
    },
    {
      method: "DELETE",
      path: "/{lead-id}",
      node: "lead",
      permissions: { allOf: ["leads_retrieval", "ads_management", "pages_show_list", "pages_read_engagement", "pages_manage_ads"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ADVERTISE", "MANAGE_LEADS"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving", "https://developers.facebook.com/docs/graph-api/reference/lead/"],
      note: "Retrieving Leads: a Page or User access token of a person who can advertise on the ad account and on the Page, with leads access (Leads Access Manager); ads_management, leads_retrieval, pages_show_list, pages_read_engagement, pages_manage_ads."
    },
    {
      method: "GET",
      path: "/{ig-user-id}",
      node: "ig_user",
      permissions: { allOf: ["instagram_basic", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT", "MODERATE", "ADVERTISE", "ANALYZE"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT", "COMMUNITY_ACTIVITY", "ADVERTISE", "ANALYZE", "MESSAGES"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user", "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/overview"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages). Any of the Page tasks Meta lists (MANAGE, CREATE_CONTENT, MODERATE, ADVERTISE), or any task on the Instagram account asset."
    },
    {
      method: "GET",
      path: "/{ig-user-id}/media",
      node: "ig_user",
      permissions: { allOf: ["instagram_basic", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT", "MODERATE", "ADVERTISE"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT", "COMMUNITY_ACTIVITY", "ANALYZE"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "POST",
      path: "/{ig-user-id}/media",
      node: "ig_user",
      permissions: { allOf: ["instagram_basic", "instagram_content_publish", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media", "https://developers.facebook.com/docs/instagram-platform/content-publishing"],
      note: "Creates a media container. Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "POST",
      path: "/{ig-user-id}/media_publish",
      node: "ig_user",
      permissions: { allOf: ["instagram_basic", "instagram_content_publish", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-user/media_publish.md", "https://developers.facebook.com/docs/instagram-platform/content-publishing"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-container-id}",
      node: "ig_container",
      permissions: { allOf: ["instagram_basic", "instagram_content_publish", "pages_read_engagement"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-container"],
      note: "Container publishing status (status_code). Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-user-id}/content_publishing_limit",
      node: "ig_user",
      permissions: { allOf: ["instagram_basic", "instagram_content_publish", "pages_read_engagement"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/content_publishing_limit"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-media-id}",
      node: "ig_media",
      permissions: { allOf: ["instagram_basic", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT", "MODERATE", "ADVERTISE"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT", "COMMUNITY_ACTIVITY", "ANALYZE"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "POST",
      path: "/{ig-media-id}",
      node: "ig_media",
      permissions: { allOf: ["instagram_basic", "instagram_manage_comments", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["COMMUNITY_ACTIVITY"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media"],
      note: "Turns comments on or off (comment_enabled). Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "DELETE",
      path: "/{ig-media-id}",
      node: "ig_media",
      permissions: { allOf: ["instagram_basic", "instagram_content_publish", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media"],
      note: "Decided: deleting media is content management. Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-media-id}/children",
      node: "ig_media",
      permissions: { allOf: ["instagram_basic", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT", "MODERATE", "ADVERTISE"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT", "COMMUNITY_ACTIVITY", "ANALYZE"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/children"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-media-id}/comments",
      node: "ig_media",
      permissions: { allOf: ["instagram_basic", "instagram_manage_comments", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["COMMUNITY_ACTIVITY"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/comments", "https://developers.facebook.com/docs/instagram-platform/comment-moderation"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "POST",
      path: "/{ig-media-id}/comments",
      node: "ig_media",
      permissions: { allOf: ["instagram_basic", "instagram_manage_comments", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["COMMUNITY_ACTIVITY"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/comments", "https://developers.facebook.com/docs/instagram-platform/comment-moderation"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-comment-id}",
      node: "ig_comment",
      permissions: { allOf: ["instagram_basic", "instagram_manage_comments", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["COMMUNITY_ACTIVITY"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "POST",
      path: "/{ig-comment-id}",
      node: "ig_comment",
      permissions: { allOf: ["instagram_basic", "instagram_manage_comments", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["COMMUNITY_ACTIVITY"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment"],
      note: "Hides or unhides a comment. Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "DELETE",
      path: "/{ig-comment-id}",
      node: "ig_comment",
      permissions: { allOf: ["instagram_basic", "instagram_manage_comments", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["COMMUNITY_ACTIVITY"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-comment-id}/replies",
      node: "ig_comment",
      permissions: { allOf: ["instagram_basic", "instagram_manage_comments", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["COMMUNITY_ACTIVITY"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment/replies"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "POST",
      path: "/{ig-comment-id}/replies",
      node: "ig_comment",
      permissions: { allOf: ["instagram_basic", "instagram_manage_comments", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["COMMUNITY_ACTIVITY"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment/replies"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-media-id}/insights",
      node: "ig_media",
      permissions: { allOf: ["instagram_basic", "instagram_manage_insights", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["ANALYZE"], or: [{ assetType: "instagram_account", anyOf: ["ANALYZE"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/insights", "https://developers.facebook.com/docs/instagram-platform/insights"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-user-id}/insights",
      node: "ig_user",
      permissions: { allOf: ["instagram_basic", "instagram_manage_insights", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["ANALYZE"], or: [{ assetType: "instagram_account", anyOf: ["ANALYZE"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/insights", "https://developers.facebook.com/docs/instagram-platform/insights"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-user-id}/stories",
      node: "ig_user",
      permissions: { allOf: ["instagram_basic", "instagram_manage_insights", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT", "MODERATE", "ADVERTISE"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT", "ANALYZE"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-api/reference/ig-user/stories/"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-user-id}/tags",
      node: "ig_user",
      permissions: { allOf: ["instagram_basic", "instagram_manage_comments", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["MODERATE", "CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["COMMUNITY_ACTIVITY"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/tags"],
      note: "Media the account is tagged in. Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-user-id}/live_media",
      node: "ig_user",
      permissions: { allOf: ["instagram_basic", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "ads_read", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT", "MODERATE", "ADVERTISE"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT", "COMMUNITY_ACTIVITY"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/live_media"],
      note: "Instagram API with Facebook Login: when the Page role comes through Business Manager (always, for a system user) one of ads_management, ads_read or business_management is also required (IG reference pages)."
    },
    {
      method: "GET",
      path: "/{ig-user-id}/available_catalogs",
      node: "ig_user",
      permissions: { allOf: ["catalog_management", "instagram_basic", "instagram_shopping_tag_products", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/available_catalogs", "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/product-tagging"],
      note: "Product tagging guide: instagram_basic, instagram_shopping_tag_products and catalog_management (+ pages_read_engagement and pages_show_list); the app user needs an admin role on the Business Manager that owns the Instagram Shop. When the Page role comes through Business Manager, ads_read or ads_management is also required (available_catalogs reference)."
    },
    {
      method: "GET",
      path: "/{ig-user-id}/catalog_product_search",
      node: "ig_user",
      permissions: { allOf: ["catalog_management", "instagram_basic", "instagram_shopping_tag_products", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/catalog_product_search", "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/product-tagging"],
      note: "Product tagging guide: instagram_basic, instagram_shopping_tag_products and catalog_management (+ pages_read_engagement and pages_show_list); the app user needs an admin role on the Business Manager that owns the Instagram Shop. Decided: the same Business Manager rule as available_catalogs."
    },
    {
      method: "GET",
      path: "/{ig-media-id}/product_tags",
      node: "ig_media",
      permissions: { allOf: ["catalog_management", "instagram_basic", "instagram_shopping_tag_products", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/product_tags", "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/product-tagging"],
      note: "Product tagging guide: instagram_basic, instagram_shopping_tag_products and catalog_management (+ pages_read_engagement and pages_show_list); the app user needs an admin role on the Business Manager that owns the Instagram Shop. When the Page role comes through Business Manager, ads_management or business_management is also required (product_tags reference)."
    },
    {
      method: "POST",
      path: "/{ig-media-id}/product_tags",
      node: "ig_media",
      permissions: { allOf: ["catalog_management", "instagram_basic", "instagram_shopping_tag_products", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/product_tags", "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/product-tagging"],
      note: "Product tagging guide: instagram_basic, instagram_shopping_tag_products and catalog_management (+ pages_read_engagement and pages_show_list); the app user needs an admin role on the Business Manager that owns the Instagram Shop. Creates or updates tags on published media."
    },
    {
      method: "DELETE",
      path: "/{ig-media-id}/product_tags",
      node: "ig_media",
      permissions: { allOf: ["catalog_management", "instagram_basic", "instagram_shopping_tag_products", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/product_tags", "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/product-tagging"],
      note: "Product tagging guide: instagram_basic, instagram_shopping_tag_products and catalog_management (+ pages_read_engagement and pages_show_list); the app user needs an admin role on the Business Manager that owns the Instagram Shop."
    },
    {
      method: "GET",
      path: "/{ig-user-id}/product_appeal",
      node: "ig_user",
      permissions: { allOf: ["catalog_management", "instagram_basic", "instagram_shopping_tag_products", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/product_appeal", "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/product-tagging"],
      note: "Product tagging guide: instagram_basic, instagram_shopping_tag_products and catalog_management (+ pages_read_engagement and pages_show_list); the app user needs an admin role on the Business Manager that owns the Instagram Shop."
    },
    {
      method: "POST",
      path: "/{ig-user-id}/product_appeal",
      node: "ig_user",
      permissions: { allOf: ["catalog_management", "instagram_basic", "instagram_shopping_tag_products", "pages_read_engagement", "pages_show_list"], anyOf: ["ads_management", "business_management"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"], or: [{ assetType: "instagram_account", anyOf: ["CONTENT"] }] },
      sources: ["https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/product_appeal", "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/product-tagging"],
      note: "Product tagging guide: instagram_basic, instagram_shopping_tag_products and catalog_management (+ pages_read_engagement and pages_show_list); the app user needs an admin role on the Business Manager that owns the Instagram Shop."
    },
    {
      method: "POST",
      path: "/{ig-user-id}/messages",
      node: "ig_user",
      permissions: { allOf: ["instagram_basic", "instagram_manage_messages", "pages_manage_metadata", "pages_show_list", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["MESSAGING"], or: [{ assetType: "instagram_account", anyOf: ["MESSAGES"] }] },
      sources: ["https://developers.facebook.com/docs/messenger-platform/instagram/features/send-message", "https://developers.facebook.com/docs/messenger-platform/instagram"],
      note: "Instagram Direct through the Messenger Platform (also sent as /{page-id}/messages with a Page token). Decided: business_management stands in for the Business Manager route."
    },
    {
      method: "GET",
      path: "/{page-id}/instagram_accounts",
      node: "page",
      permissions: { allOf: ["pages_read_engagement", "instagram_basic", "business_management"], anyOf: [] },
      task: { assetType: "page", anyOf: ["ADVERTISE", "CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/instagram_accounts/", "https://developers.facebook.com/docs/pages-api/manage-pages"],
      note: "System-user token: business_management is required for Pages endpoints (manage-pages guide)."
    },
    {
      method: "GET",
      path: "/{product-catalog-id}",
      node: "product_catalog",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-catalog/", "https://developers.facebook.com/docs/permissions"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "POST",
      path: "/{product-catalog-id}",
      node: "product_catalog",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-catalog/", "https://developers.facebook.com/docs/permissions"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "DELETE",
      path: "/{product-catalog-id}",
      node: "product_catalog",
      permissions: { allOf: ["catalog_management", "business_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-catalog/", "https://developers.facebook.com/docs/permissions"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog. Deleting a business-owned catalog also needs business_management (decided)."
    },
    {
      method: "GET",
      path: "/{product-catalog-id}/products",
      node: "product_catalog",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-catalog/products/", "https://developers.facebook.com/docs/permissions"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "POST",
      path: "/{product-catalog-id}/products",
      node: "product_catalog",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-catalog/products/", "https://developers.facebook.com/docs/permissions", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "POST",
      path: "/{product-catalog-id}/items_batch",
      node: "product_catalog",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/catalog/guides/manage-catalog-items/catalog-batch-api", "https://developers.facebook.com/docs/marketing-api/reference/product-catalog/items_batch/", "https://developers.facebook.com/docs/permissions"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog. Recommended batch endpoint (create, update, delete up to 5,000 items)."
    },
    {
      method: "POST",
      path: "/{product-catalog-id}/batch",
      node: "product_catalog",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/catalog-batch/guides/send-item-updates", "https://developers.facebook.com/docs/marketing-api/reference/product-catalog/batch/"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog. Older batch endpoint; Meta recommends items_batch."
    },
    {
      method: "POST",
      path: "/{product-catalog-id}/localized_items_batch",
      node: "product_catalog",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/catalog/guides/manage-catalog-items/catalog-batch-api"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "GET",
      path: "/{product-catalog-id}/check_batch_request_status",
      node: "product_catalog",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/catalog/guides/manage-catalog-items/catalog-batch-api", "https://developers.facebook.com/docs/marketing-api/reference/product-catalog/check_batch_request_status/"],
      note: "Polls a batch handle; the caller is the one that sent the batch. catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "GET",
      path: "/{product-catalog-id}/product_feeds",
      node: "product_catalog",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-catalog/product_feeds/", "https://developers.facebook.com/docs/permissions"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "POST",
      path: "/{product-catalog-id}/product_feeds",
      node: "product_catalog",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-catalog/product_feeds/", "https://developers.facebook.com/docs/marketing-api/catalog/guides/product-feeds"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "GET",
      path: "/{product-feed-id}",
      node: "product_feed",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-feed/"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "POST",
      path: "/{product-feed-id}",
      node: "product_feed",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-feed/"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "DELETE",
      path: "/{product-feed-id}",
      node: "product_feed",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-feed/"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "POST",
      path: "/{product-feed-id}/uploads",
      node: "product_feed",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-feed/uploads/", "https://developers.facebook.com/docs/marketing-api/catalog/guides/product-feeds"],
      note: "One-off feed upload (url or file). catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "GET",
      path: "/{product-feed-id}/uploads",
      node: "product_feed",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-feed/uploads/"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "POST",
      path: "/{product-feed-id}/upload_schedules",
      node: "product_feed",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-feed/upload_schedules/"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "GET",
      path: "/{product-feed-id}/products",
      node: "product_feed",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-feed/products/"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "GET",
      path: "/{product-catalog-id}/product_sets",
      node: "product_catalog",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-catalog/product_sets/"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "POST",
      path: "/{product-catalog-id}/product_sets",
      node: "product_catalog",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-catalog/product_sets/", "https://developers.facebook.com/docs/marketing-api/catalog/guides/product-sets"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "GET",
      path: "/{product-set-id}",
      node: "product_set",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-set/"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "POST",
      path: "/{product-set-id}",
      node: "product_set",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-set/"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "DELETE",
      path: "/{product-set-id}",
      node: "product_set",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-set/"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "GET",
      path: "/{product-set-id}/products",
      node: "product_set",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-set/products/"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "GET",
      path: "/{product-item-id}",
      node: "product_item",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-item/"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "POST",
      path: "/{product-item-id}",
      node: "product_item",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-item/"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "DELETE",
      path: "/{product-item-id}",
      node: "product_item",
      permissions: { allOf: ["catalog_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-item/"],
      note: "catalog_management: create, read, update and delete business-owned product catalogs the user is an admin of (Permissions Reference); the commerce setup guide assigns the system user admin access (MANAGE) to the catalog."
    },
    {
      method: "GET",
      path: "/{product-catalog-id}/product_groups",
      node: "product_catalog",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/product-catalog/product_groups"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "GET",
      path: "/{product-catalog-id}/diagnostics",
      node: "product_catalog",
      permissions: { allOf: [], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-catalog/diagnostics/"],
      note: "Decided: reads accept catalog_management or ads_management (catalogs used in ads), and the Advertise task (MANAGE includes it)."
    },
    {
      method: "POST",
      path: "/{product-catalog-id}/external_event_sources",
      node: "product_catalog",
      permissions: { allOf: ["catalog_management", "ads_management"], anyOf: [] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/product-catalog/"],
      note: "Associates pixels and apps with the catalog (Product Catalog reference example). Decided: ads_management for the pixel side."
    },
    {
      method: "GET",
      path: "/{product-catalog-id}/assigned_users",
      node: "product_catalog",
      permissions: { allOf: ["business_management"], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/product-catalog/assigned_users", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "The edge lists ads_management and catalog_management; business parameter required."
    },
    {
      method: "POST",
      path: "/{product-catalog-id}/assigned_users",
      node: "product_catalog",
      permissions: { allOf: ["business_management"], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/product-catalog/assigned_users", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "An admin operation; tasks required."
    },
    {
      method: "DELETE",
      path: "/{product-catalog-id}/assigned_users",
      node: "product_catalog",
      permissions: { allOf: ["business_management"], anyOf: ["catalog_management", "ads_management"] },
      task: { assetType: "catalog", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/product-catalog/assigned_users", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "An admin operation."
    },
    {
      method: "GET",
      path: "/{cms-id}",
      node: "commerce_merchant_settings",
      permissions: { allOf: [], anyOf: ["commerce_account_read_settings", "commerce_manage_accounts"] },
      task: { assetType: "commerce_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/commerce-merchant-settings/", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"],
      note: "Commerce account settings. commerce_manage_accounts or commerce_account_read_settings; the setup guide assigns the system user admin access to the commerce account (MANAGE)."
    },
    {
      method: "POST",
      path: "/{cms-id}",
      node: "commerce_merchant_settings",
      permissions: { allOf: ["commerce_manage_accounts"], anyOf: [] },
      task: { assetType: "commerce_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/commerce-merchant-settings/", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"],
      note: "Updates commerce account settings."
    },
    {
      method: "GET",
      path: "/{cms-id}/setup_status",
      node: "commerce_merchant_settings",
      permissions: { allOf: [], anyOf: ["commerce_account_read_settings", "commerce_manage_accounts"] },
      task: { assetType: "commerce_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/commerce-merchant-settings/", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"]
    },
    {
      method: "GET",
      path: "/{cms-id}/shops",
      node: "commerce_merchant_settings",
      permissions: { allOf: [], anyOf: ["commerce_account_read_settings", "commerce_manage_accounts"] },
      task: { assetType: "commerce_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/commerce-merchant-settings/", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"],
      note: "Shops of the commerce account (codegen CommerceMerchantSettings.shops)."
    },
    {
      method: "GET",
      path: "/{cms-id}/product_catalogs",
      node: "commerce_merchant_settings",
      permissions: { allOf: [], anyOf: ["commerce_account_read_settings", "commerce_manage_accounts"] },
      task: { assetType: "commerce_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/commerce-merchant-settings/", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"]
    },
    {
      method: "GET",
      path: "/{cms-id}/tax_settings",
      node: "commerce_merchant_settings",
      permissions: { allOf: [], anyOf: ["commerce_account_read_settings", "commerce_manage_accounts"] },
      task: { assetType: "commerce_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/commerce-merchant-settings/", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"]
    },
    {
      method: "POST",
      path: "/{cms-id}/shipping_profiles",
      node: "commerce_merchant_settings",
      permissions: { allOf: ["commerce_manage_accounts"], anyOf: [] },
      task: { assetType: "commerce_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/commerce-merchant-settings/", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"]
    },
    {
      method: "GET",
      path: "/{cms-id}/order_management_apps",
      node: "commerce_merchant_settings",
      permissions: { allOf: [], anyOf: ["commerce_account_read_orders", "commerce_account_manage_orders"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/acknowledgement-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/acknowledgement-api.md"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "POST",
      path: "/{cms-id}/order_management_apps",
      node: "commerce_merchant_settings",
      permissions: { allOf: ["commerce_account_manage_orders"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/acknowledgement-api.md", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "Associates the app with the shop, once (Page access token). The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{cms-id}/commerce_orders",
      node: "commerce_merchant_settings",
      permissions: { allOf: [], anyOf: ["commerce_account_read_orders", "commerce_account_manage_orders"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/order-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{page-id}/commerce_orders",
      node: "page",
      permissions: { allOf: [], anyOf: ["commerce_account_read_orders", "commerce_account_manage_orders"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/legacy-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "Legacy (v3.2) listing by Page. The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{order-id}",
      node: "commerce_order",
      permissions: { allOf: [], anyOf: ["commerce_account_read_orders", "commerce_account_manage_orders"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/order-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{order-id}/items",
      node: "commerce_order",
      permissions: { allOf: [], anyOf: ["commerce_account_read_orders", "commerce_account_manage_orders"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/order-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "POST",
      path: "/{order-id}/acknowledge_order",
      node: "commerce_order",
      permissions: { allOf: ["commerce_account_manage_orders"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/acknowledgement-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "POST",
      path: "/{cms-id}/acknowledge_orders",
      node: "commerce_merchant_settings",
      permissions: { allOf: ["commerce_account_manage_orders"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/acknowledgement-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "Acknowledges up to 100 orders at once. The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{order-id}/shipments",
      node: "commerce_order",
      permissions: { allOf: [], anyOf: ["commerce_account_read_orders", "commerce_account_manage_orders"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/fulfillment-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "POST",
      path: "/{order-id}/shipments",
      node: "commerce_order",
      permissions: { allOf: ["commerce_account_manage_orders"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/fulfillment-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "POST",
      path: "/{order-id}/update_shipment",
      node: "commerce_order",
      permissions: { allOf: ["commerce_account_manage_orders"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/fulfillment-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "POST",
      path: "/{order-id}/cancellations",
      node: "commerce_order",
      permissions: { allOf: ["commerce_account_manage_orders"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/cancellation-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{order-id}/cancellations",
      node: "commerce_order",
      permissions: { allOf: [], anyOf: ["commerce_account_read_orders", "commerce_account_manage_orders"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/cancellation-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "POST",
      path: "/{order-id}/refunds",
      node: "commerce_order",
      permissions: { allOf: ["commerce_account_manage_orders"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/returns-and-refunds-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{order-id}/refunds",
      node: "commerce_order",
      permissions: { allOf: [], anyOf: ["commerce_account_read_orders", "commerce_account_manage_orders"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/returns-and-refunds-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "POST",
      path: "/{order-id}/returns",
      node: "commerce_order",
      permissions: { allOf: ["commerce_account_manage_orders"], anyOf: [] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/returns-and-refunds-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{order-id}/returns",
      node: "commerce_order",
      permissions: { allOf: [], anyOf: ["commerce_account_read_orders", "commerce_account_manage_orders"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/returns-and-refunds-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{cms-id}/returns",
      node: "commerce_merchant_settings",
      permissions: { allOf: [], anyOf: ["commerce_account_read_orders", "commerce_account_manage_orders"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/returns-and-refunds-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{order-id}/promotions",
      node: "commerce_order",
      permissions: { allOf: [], anyOf: ["commerce_account_read_orders", "commerce_account_manage_orders"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/order-management/order-api", "https://developers.facebook.com/documentation/ads-commerce/commerce-platform/order-management/using-api"],
      note: "The Order Management API acts as the Page with a Page access token whose Page role is Editor or above (CREATE_CONTENT); commerce_account_manage_orders or commerce_account_read_orders (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{cms-id}/commerce_payouts",
      node: "commerce_merchant_settings",
      permissions: { allOf: ["commerce_account_read_reports"], anyOf: [] },
      task: { assetType: "commerce_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/finance-reporting", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"],
      note: "Finance reports need commerce_account_read_reports (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{cms-id}/commerce_transactions",
      node: "commerce_merchant_settings",
      permissions: { allOf: ["commerce_account_read_reports"], anyOf: [] },
      task: { assetType: "commerce_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/commerce-platform/finance-reporting", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"],
      note: "Finance reports need commerce_account_read_reports (commerce API setup)."
    },
    {
      method: "GET",
      path: "/{page-id}/commerce_merchant_settings",
      node: "page",
      permissions: { allOf: ["pages_read_engagement"], anyOf: ["commerce_account_read_settings", "commerce_manage_accounts"] },
      task: { assetType: "page", anyOf: ["CREATE_CONTENT"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/page/", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"],
      note: "Finds the commerce account (cms-id) of a Page."
    },
    {
      method: "GET",
      path: "/{ad-account-id}",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{ad-account-id}",
      node: "ad_account",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Updating ad account settings (name, spend cap) is full control (MANAGE). ads_management."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/campaigns",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/campaigns/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{ad-account-id}/campaigns",
      node: "ad_account",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/campaigns/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "DELETE",
      path: "/{ad-account-id}/campaigns",
      node: "ad_account",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/campaigns/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "GET",
      path: "/{campaign-id}",
      node: "campaign",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{campaign-id}",
      node: "campaign",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "DELETE",
      path: "/{campaign-id}",
      node: "campaign",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "GET",
      path: "/{campaign-id}/adsets",
      node: "campaign",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group/adsets/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "GET",
      path: "/{campaign-id}/ads",
      node: "campaign",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group/ads/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/adsets",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/adsets/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{ad-account-id}/adsets",
      node: "ad_account",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/adsets/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "GET",
      path: "/{adset-id}",
      node: "ad_set",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-campaign/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{adset-id}",
      node: "ad_set",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-campaign/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "DELETE",
      path: "/{adset-id}",
      node: "ad_set",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-campaign/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "GET",
      path: "/{adset-id}/ads",
      node: "ad_set",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-campaign/ads/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/ads",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/ads/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{ad-account-id}/ads",
      node: "ad_account",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/ads/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "GET",
      path: "/{ad-id}",
      node: "ad",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/adgroup/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{ad-id}",
      node: "ad",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/adgroup/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "DELETE",
      path: "/{ad-id}",
      node: "ad",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/adgroup/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "GET",
      path: "/{ad-id}/previews",
      node: "ad",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/adgroup/previews/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/adcreatives",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/adcreatives/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{ad-account-id}/adcreatives",
      node: "ad_account",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/adcreatives/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization", "https://developers.facebook.com/docs/marketing-api/creative"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns). A creative that runs as a Page also needs the Page's Advertise task and pages_read_engagement (not modelled here: graphguard checks the ad account grant)."
    },
    {
      method: "GET",
      path: "/{ad-creative-id}",
      node: "ad_creative",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-creative/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{ad-creative-id}",
      node: "ad_creative",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-creative/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "DELETE",
      path: "/{ad-creative-id}",
      node: "ad_creative",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-creative/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/adimages",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/adimages/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{ad-account-id}/adimages",
      node: "ad_account",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/adimages/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/advideos",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/advideos/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{ad-account-id}/advideos",
      node: "ad_account",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/advideos/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Writes need ads_management and the ad account's Advertise task (Manage campaigns)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/insights",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE", "AA_ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/insights/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization", "https://developers.facebook.com/docs/marketing-api/insights"],
      note: "Insights API: ads_read (or ads_management) and the Analyze task on the ad account. Decided: AA_ANALYZE (the analytics task, independent of ANALYZE) also reads insights."
    },
    {
      method: "POST",
      path: "/{ad-account-id}/insights",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/insights/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization", "https://developers.facebook.com/docs/marketing-api/insights", "https://developers.facebook.com/docs/marketing-api/insights/best-practices"],
      note: "Starts an asynchronous report run. Insights API: ads_read (or ads_management) and the Analyze task on the ad account."
    },
    {
      method: "GET",
      path: "/{campaign-id}/insights",
      node: "campaign",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE", "AA_ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-campaign-group/insights/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization", "https://developers.facebook.com/docs/marketing-api/insights"],
      note: "Insights API: ads_read (or ads_management) and the Analyze task on the ad account. Decided: AA_ANALYZE (the analytics task, independent of ANALYZE) also reads insights."
    },
    {
      method: "GET",
      path: "/{adset-id}/insights",
      node: "ad_set",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE", "AA_ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-campaign/insights/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization", "https://developers.facebook.com/docs/marketing-api/insights"],
      note: "Insights API: ads_read (or ads_management) and the Analyze task on the ad account. Decided: AA_ANALYZE (the analytics task, independent of ANALYZE) also reads insights."
    },
    {
      method: "GET",
      path: "/{ad-id}/insights",
      node: "ad",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE", "AA_ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/adgroup/insights/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization", "https://developers.facebook.com/docs/marketing-api/insights"],
      note: "Insights API: ads_read (or ads_management) and the Analyze task on the ad account. Decided: AA_ANALYZE (the analytics task, independent of ANALYZE) also reads insights."
    },
    {
      method: "GET",
      path: "/{report-run-id}",
      node: "ad_report_run",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-report-run/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization", "https://developers.facebook.com/docs/marketing-api/insights"],
      note: "Status of an asynchronous insights report. Insights API: ads_read (or ads_management) and the Analyze task on the ad account."
    },
    {
      method: "GET",
      path: "/{report-run-id}/insights",
      node: "ad_report_run",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-report-run/insights/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization", "https://developers.facebook.com/docs/marketing-api/insights"],
      note: "Insights API: ads_read (or ads_management) and the Analyze task on the ad account."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/customaudiences",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/customaudiences/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{ad-account-id}/customaudiences",
      node: "ad_account",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/customaudiences/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization", "https://developers.facebook.com/docs/marketing-api/audiences/guides/custom-audiences"],
      note: "Custom audiences: ads_management and the ad account's Advertise task; the ad account must accept the custom audience terms."
    },
    {
      method: "GET",
      path: "/{custom-audience-id}",
      node: "custom_audience",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/custom-audience/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "POST",
      path: "/{custom-audience-id}",
      node: "custom_audience",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/custom-audience/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Custom audiences: ads_management and the ad account's Advertise task; the ad account must accept the custom audience terms."
    },
    {
      method: "DELETE",
      path: "/{custom-audience-id}",
      node: "custom_audience",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/custom-audience/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Custom audiences: ads_management and the ad account's Advertise task; the ad account must accept the custom audience terms."
    },
    {
      method: "POST",
      path: "/{custom-audience-id}/users",
      node: "custom_audience",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/custom-audience/users/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization", "https://developers.facebook.com/docs/marketing-api/audiences/guides/custom-audiences"],
      note: "Adds hashed users. Custom audiences: ads_management and the ad account's Advertise task; the ad account must accept the custom audience terms."
    },
    {
      method: "DELETE",
      path: "/{custom-audience-id}/users",
      node: "custom_audience",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/custom-audience/users/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Removes hashed users. Custom audiences: ads_management and the ad account's Advertise task; the ad account must accept the custom audience terms."
    },
    {
      method: "POST",
      path: "/{custom-audience-id}/usersreplace",
      node: "custom_audience",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["ADVERTISE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/custom-audience/usersreplace/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Custom audiences: ads_management and the ad account's Advertise task; the ad account must accept the custom audience terms."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/saved_audiences",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/saved_audiences/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/adspixels",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/adspixels/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/users",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/users/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/targetingsearch",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/targetingsearch/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/reachestimate",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/reachestimate/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/delivery_estimate",
      node: "ad_account",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "ad_account", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ad-account/delivery_estimate/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Reads accept ads_read or ads_management (Marketing API authorization); the token's user needs the ad account's Analyze task (View performance)."
    },
    {
      method: "GET",
      path: "/{ad-account-id}/assigned_users",
      node: "ad_account",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/ad-account/assigned_users", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "business parameter required; an admin read. Meta's system-user guide uses the token of an admin user or admin system user and names no scope beyond business_management."
    },
    {
      method: "POST",
      path: "/{ad-account-id}/assigned_users",
      node: "ad_account",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/ad-account/assigned_users", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "Assigns a (system) user ad account tasks: an admin operation."
    },
    {
      method: "DELETE",
      path: "/{ad-account-id}/assigned_users",
      node: "ad_account",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: { assetType: "ad_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/ad-account/assigned_users", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "An admin operation."
    },
    {
      method: "GET",
      path: "/{pixel-id}",
      node: "ads_pixel",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "pixel", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ads-pixel/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Any pixel task reads the pixel (EDIT and ADVERTISE imply ANALYZE)."
    },
    {
      method: "POST",
      path: "/{pixel-id}",
      node: "ads_pixel",
      permissions: { allOf: ["ads_management"], anyOf: [] },
      task: { assetType: "pixel", anyOf: ["EDIT"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ads-pixel/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"],
      note: "Editing pixel settings is the pixel admin task (EDIT)."
    },
    {
      method: "GET",
      path: "/{pixel-id}/stats",
      node: "ads_pixel",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "pixel", anyOf: ["ANALYZE"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ads-pixel/stats/", "https://developers.facebook.com/docs/marketing-api/get-started/authorization"]
    },
    {
      method: "POST",
      path: "/{pixel-id}/events",
      node: "ads_pixel",
      permissions: { allOf: [], anyOf: ["ads_read", "ads_management"] },
      task: { assetType: "pixel", anyOf: ["UPLOAD"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/conversions-api/using-the-api", "https://developers.facebook.com/docs/marketing-api/conversions-api/get-started", "https://developers.facebook.com/docs/permissions"],
      note: "Conversions API. Decided: ads_read or ads_management (the Permissions Reference names server-side events under ads_read) and the pixel's UPLOAD task."
    },
    {
      method: "GET",
      path: "/{pixel-id}/assigned_users",
      node: "ads_pixel",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: { assetType: "pixel", anyOf: ["EDIT"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ads-pixel/assigned_users/", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "business parameter required; an admin read."
    },
    {
      method: "POST",
      path: "/{pixel-id}/assigned_users",
      node: "ads_pixel",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: { assetType: "pixel", anyOf: ["EDIT"] },
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/ads-pixel/assigned_users/", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "An admin operation."
    },
    {
      method: "POST",
      path: "/{phone-number-id}/messages",
      node: "whatsapp_business_phone_number",
      permissions: { allOf: ["whatsapp_business_messaging"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MESSAGING"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Sends a message (text, template, media, interactive) or marks one read. WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{phone-number-id}/media",
      node: "whatsapp_business_phone_number",
      permissions: { allOf: ["whatsapp_business_messaging"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MESSAGING"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{media-id}",
      node: "whatsapp_media",
      permissions: { allOf: ["whatsapp_business_messaging"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MESSAGING"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Retrieves a media URL (the download itself is not a Graph call). WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "DELETE",
      path: "/{media-id}",
      node: "whatsapp_media",
      permissions: { allOf: ["whatsapp_business_messaging"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MESSAGING"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{phone-number-id}",
      node: "whatsapp_business_phone_number",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["VIEW_PHONE_ASSETS"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/phone-numbers", "https://developers.facebook.com/docs/whatsapp/business-management-api/manage-phone-numbers", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{whatsapp-business-account-id}/phone_numbers",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["VIEW_PHONE_ASSETS"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/business-management-api/manage-phone-numbers", "https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/phone_numbers/", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{whatsapp-business-account-id}/phone_numbers",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_PHONE"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/business-management-api/manage-phone-numbers", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Adds a phone number to the account. WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{phone-number-id}/register",
      node: "whatsapp_business_phone_number",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_PHONE"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/registration", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{phone-number-id}/deregister",
      node: "whatsapp_business_phone_number",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_PHONE"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/registration", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{phone-number-id}/request_code",
      node: "whatsapp_business_phone_number",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_PHONE"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/phone-numbers", "https://developers.facebook.com/docs/whatsapp/business-management-api/manage-phone-numbers", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{phone-number-id}/verify_code",
      node: "whatsapp_business_phone_number",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_PHONE"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/phone-numbers", "https://developers.facebook.com/docs/whatsapp/business-management-api/manage-phone-numbers", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{phone-number-id}/settings",
      node: "whatsapp_business_phone_number",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_PHONE"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/phone-numbers", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Phone number settings (calling, storage). Decided: MANAGE_PHONE. WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{phone-number-id}/whatsapp_business_profile",
      node: "whatsapp_business_phone_number",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["VIEW_PHONE_ASSETS"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/business-profiles", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{phone-number-id}/whatsapp_business_profile",
      node: "whatsapp_business_phone_number",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_PHONE_ASSETS"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/cloud-api/reference/business-profiles", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Decided: editing the business profile is managing phone assets. WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{whatsapp-business-account-id}/message_templates",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["VIEW_TEMPLATES"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates", "https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/message_templates/", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{whatsapp-business-account-id}/message_templates",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_TEMPLATES"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates", "https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/message_templates/", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "DELETE",
      path: "/{whatsapp-business-account-id}/message_templates",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_TEMPLATES"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates", "https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/message_templates/", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{message-template-id}",
      node: "whatsapp_message_template",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["VIEW_TEMPLATES"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{message-template-id}",
      node: "whatsapp_message_template",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_TEMPLATES"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Edits a template. WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{whatsapp-business-account-id}",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["VIEW_PHONE_ASSETS", "VIEW_TEMPLATES", "MESSAGING", "DEVELOP"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Decided: any granular task reads the account node. WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{whatsapp-business-account-id}/subscribed_apps",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["DEVELOP"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/subscribed_apps/", "https://developers.facebook.com/docs/whatsapp/business-management-api/guides/set-up-webhooks", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Decided: webhook subscription is the Develop task. WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{whatsapp-business-account-id}/subscribed_apps",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["DEVELOP"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/subscribed_apps/", "https://developers.facebook.com/docs/whatsapp/business-management-api/guides/set-up-webhooks", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Decided: webhook subscription is the Develop task. WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "DELETE",
      path: "/{whatsapp-business-account-id}/subscribed_apps",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["DEVELOP"] },
      sources: ["https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/subscribed_apps/", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{whatsapp-business-account-id}/conversation_analytics",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["VIEW_INSIGHTS"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/business-management-api/analytics", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{whatsapp-business-account-id}/template_analytics",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["VIEW_INSIGHTS"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/business-management-api/analytics", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{whatsapp-business-account-id}/pricing_analytics",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["VIEW_COST"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/business-management-api/analytics", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Decided: pricing analytics is the View cost task. WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{whatsapp-business-account-id}/flows",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_EXTENSIONS"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/flows/reference/flowsapi", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Flows are extensions. Decided: MANAGE_EXTENSIONS. WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "POST",
      path: "/{whatsapp-business-account-id}/flows",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE_EXTENSIONS"] },
      sources: ["https://developers.facebook.com/docs/whatsapp/flows/reference/flowsapi", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Flows are extensions. Decided: MANAGE_EXTENSIONS. WhatsApp permissions: whatsapp_business_messaging for messages and media, whatsapp_business_management for the account, templates and phone numbers; business_management is rarely needed."
    },
    {
      method: "GET",
      path: "/{whatsapp-business-account-id}/assigned_users",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management", "business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/", "https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/assigned_users/"],
      note: "business parameter required; an admin read."
    },
    {
      method: "POST",
      path: "/{whatsapp-business-account-id}/assigned_users",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management", "business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/", "https://developers.facebook.com/docs/graph-api/reference/whats-app-business-account/assigned_users/"],
      note: "Assigns a system user WABA tasks: an admin operation (manage system users guide)."
    },
    {
      method: "DELETE",
      path: "/{whatsapp-business-account-id}/assigned_users",
      node: "whats_app_business_account",
      permissions: { allOf: ["whatsapp_business_management", "business_management"], anyOf: [] },
      task: { assetType: "whatsapp_business_account", anyOf: ["MANAGE"] },
      sources: ["https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/"],
      note: "An admin operation."
    },
    {
      method: "GET",
      path: "/{business-id}",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/", "https://developers.facebook.com/docs/permissions"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/system_users",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users", "https://developers.facebook.com/docs/business-management-apis/system-users/create-retrieve-update"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "POST",
      path: "/{business-id}/system_users",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users", "https://developers.facebook.com/docs/business-management-apis/system-users/create-retrieve-update"],
      note: "Needs an admin (system) user of the business: an admin operation. business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{system-user-id}",
      node: "system_user",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/system-user/", "https://developers.facebook.com/docs/business-management-apis/system-users/create-retrieve-update"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "POST",
      path: "/{system-user-id}/access_tokens",
      node: "user",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"],
      note: "Generates a system-user token (business_app, scope, appsecret_proof). Called with an admin or the system user's own token. business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "DELETE",
      path: "/{system-user-id}/access_tokens",
      node: "user",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"],
      note: "Revokes every token of the system user. business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "POST",
      path: "/{system-user-id}/applications",
      node: "user",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"],
      note: "Installs the app for the system user (business_app). business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "POST",
      path: "/{business-id}/system_user_access_tokens",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/system_user_access_tokens/", "https://developers.facebook.com/docs/business-management-apis/system-users/install-apps-and-generate-tokens"],
      note: "Needs an admin (system) user of the business: an admin operation. business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{system-user-id}/assigned_pages",
      node: "system_user",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_pages", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{system-user-id}/assigned_ad_accounts",
      node: "system_user",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_ad_accounts", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{system-user-id}/assigned_product_catalogs",
      node: "system_user",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/system-user/assigned_product_catalogs/", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{system-user-id}/assigned_whatsapp_business_accounts",
      node: "system_user",
      permissions: { allOf: ["business_management", "whatsapp_business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/system-user/assigned_whatsapp_business_accounts/", "https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/", "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/"],
      note: "Reading a system user's WhatsApp Business accounts also needs whatsapp_business_management (WhatsApp permissions page); graphguard --live reads it only when the manifest declares a WhatsApp Business account."
    },
    {
      method: "GET",
      path: "/{system-user-id}/assigned_ads_pixels",
      node: "system_user",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/system-user/assigned_ads_pixels", "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/business_users",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/business_users/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "POST",
      path: "/{business-id}/business_users",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/business_users/"],
      note: "Invites a person: Needs an admin (system) user of the business: an admin operation."
    },
    {
      method: "GET",
      path: "/{business-id}/pending_users",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/pending_users/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/owned_pages",
      node: "business",
      permissions: { allOf: ["business_management", "pages_show_list"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/owned_pages/", "https://developers.facebook.com/docs/marketing-api/business-manager/asset-management/pages"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "POST",
      path: "/{business-id}/owned_pages",
      node: "business",
      permissions: { allOf: ["business_management", "pages_manage_metadata", "pages_show_list"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/business-manager/asset-management/pages", "https://developers.facebook.com/docs/marketing-api/reference/business/owned_pages/"],
      note: "Claims a Page for the business. Needs an admin (system) user of the business: an admin operation. Decided: the same Page permissions as a client Page claim."
    },
    {
      method: "GET",
      path: "/{business-id}/client_pages",
      node: "business",
      permissions: { allOf: ["business_management", "pages_show_list"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/client_pages/", "https://developers.facebook.com/docs/marketing-api/business-manager/asset-management/pages"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "POST",
      path: "/{business-id}/client_pages",
      node: "business",
      permissions: { allOf: ["business_management", "pages_manage_metadata", "pages_show_list"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/business-manager/asset-management/pages", "https://developers.facebook.com/docs/marketing-api/reference/business/client_pages/"],
      note: "Requests agency access to a client Page with permitted_tasks: pages_manage_metadata and pages_show_list (asset-management guide). Needs an admin (system) user of the business: an admin operation."
    },
    {
      method: "DELETE",
      path: "/{business-id}/pages",
      node: "business",
      permissions: { allOf: ["business_management", "pages_manage_metadata"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/pages/", "https://developers.facebook.com/docs/marketing-api/business-manager/asset-management/pages"],
      note: "Removes a Page from the business. Needs an admin (system) user of the business: an admin operation."
    },
    {
      method: "GET",
      path: "/{business-id}/owned_ad_accounts",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/owned_ad_accounts/", "https://developers.facebook.com/docs/business-management-apis/business-asset-management/guides/ad-accounts"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "POST",
      path: "/{business-id}/owned_ad_accounts",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/business-management-apis/business-asset-management/guides/ad-accounts"],
      note: "Claims an ad account: the requester must be an admin of the business (ad accounts guide); Meta names no scope beyond business_management. Needs an admin (system) user of the business: an admin operation."
    },
    {
      method: "GET",
      path: "/{business-id}/client_ad_accounts",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/client_ad_accounts/", "https://developers.facebook.com/docs/marketing-api/businessmanager/business-to-business"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "POST",
      path: "/{business-id}/client_ad_accounts",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/businessmanager/business-to-business"],
      note: "Requests agency access to an ad account. Needs an admin (system) user of the business: an admin operation."
    },
    {
      method: "POST",
      path: "/{business-id}/adaccount",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/adaccount/", "https://developers.facebook.com/docs/business-management-apis/business-asset-management/guides/ad-accounts"],
      note: "Creates an ad account: only business admins can (ad accounts guide). Needs an admin (system) user of the business: an admin operation."
    },
    {
      method: "GET",
      path: "/{business-id}/owned_product_catalogs",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: ["catalog_management", "ads_management"] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/owned_product_catalogs/", "https://developers.facebook.com/docs/marketing-api/reference/product-catalog/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "POST",
      path: "/{business-id}/owned_product_catalogs",
      node: "business",
      permissions: { allOf: ["business_management", "catalog_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/owned_product_catalogs/", "https://developers.facebook.com/docs/marketing-api/catalog/get-started"],
      note: "Creates a catalog owned by the business. business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/client_product_catalogs",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: ["catalog_management", "ads_management"] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/client_product_catalogs/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/owned_whatsapp_business_accounts",
      node: "business",
      permissions: { allOf: ["business_management", "whatsapp_business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/owned_whatsapp_business_accounts/", "https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/client_whatsapp_business_accounts",
      node: "business",
      permissions: { allOf: ["business_management", "whatsapp_business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/client_whatsapp_business_accounts/", "https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/owned_pixels",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/owned_pixels/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/adspixels",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/adspixels/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "POST",
      path: "/{business-id}/adspixels",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/adspixels/"],
      note: "Creates a pixel owned by the business. Needs an admin (system) user of the business: an admin operation."
    },
    {
      method: "GET",
      path: "/{business-id}/owned_instagram_accounts",
      node: "business",
      permissions: { allOf: ["business_management", "instagram_basic"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/owned_instagram_accounts/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/instagram_business_accounts",
      node: "business",
      permissions: { allOf: ["business_management", "instagram_basic"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/instagram_business_accounts/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/commerce_merchant_settings",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: ["commerce_account_read_settings", "commerce_manage_accounts"] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/commerce_merchant_settings/", "https://developers.facebook.com/docs/commerce-platform/setup/api-setup"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/owned_apps",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/owned_apps/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{business-id}/business_asset_groups",
      node: "business",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/marketing-api/reference/business/business_asset_groups/"],
      note: "business_management: read and write with the Business Manager API (Permissions Reference)."
    },
    {
      method: "GET",
      path: "/{user-id}/businesses",
      node: "user",
      permissions: { allOf: ["business_management"], anyOf: [] },
      task: null,
      sources: ["https://developers.facebook.com/docs/graph-api/reference/user/businesses/"],
      note: "Businesses the token's user belongs to (/me/businesses). business_management: read and write with the Business Manager API (Permissions Reference)."
    }
  ]
};

// src/data.ts
function ownTable(entries) {
  return Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), entries));
}
var permissions = ownTable(permissions_default.permissions);
var tasksByAssetType = ownTable(
  Object.fromEntries(
    Object.entries(tasks_default.assetTypes).map(([k, v]) => [k, { ...v, tasks: ownTable(v.tasks) }])
  )
);
var roles = ownTable(tasks_default.roles);
var apiVersions = api_versions_default.versions;
var useCases = ownTable(use_cases_default.useCases);
var accessLevels = ownTable(
  access_levels_default.levels
);
var endpoints = endpoints_default.operations;
function operationKey(e) {
  return `${e.method} ${e.path}`;
}
var endpointByKey = new Map(endpoints.map((e) => [operationKey(e), e]));
function getEndpoint(method, path) {
  return endpointByKey.get(`${method.toUpperCase()} ${path}`);
}
function isPlaceholder(segment) {
  return /^\{[a-z0-9-]+\}$/.test(segment);
}
var AD_ACCOUNT = "{ad-account-id}";
function matchEndpoints(method, path) {
  const want = path.replace(/^\/+|\/+$/g, "").split("/");
  const m = method.toUpperCase();
  return endpoints.filter((e) => {
    if (e.method !== m) return false;
    const have = e.path.slice(1).split("/");
    if (have.length !== want.length) return false;
    return have.every((seg, i) => {
      const w = want[i];
      if (isPlaceholder(seg)) {
        if (w.startsWith("act_")) return seg === AD_ACCOUNT;
        return seg !== AD_ACCOUNT || isPlaceholder(w);
      }
      return !isPlaceholder(w) && seg === w;
    });
  });
}
function expandTasks(assetType, tasks) {
  const table = tasksByAssetType[assetType].tasks;
  const out = /* @__PURE__ */ new Set();
  const stack = [...tasks];
  while (stack.length > 0) {
    const task = stack.pop();
    if (out.has(task)) continue;
    out.add(task);
    const entry = Object.hasOwn(table, task) ? table[task] : void 0;
    if (entry) stack.push(...entry.implies);
  }
  return out;
}
function isTaskBroader(assetType, tasks, allowed) {
  const have = [...tasks];
  const may = [...allowed];
  const key = `${assetType}|${have.join(",")}|${may.join(",")}`;
  let hit = broaderCache.get(key);
  if (!hit) {
    const covered = expandTasks(assetType, may);
    hit = [...expandTasks(assetType, have)].filter((t) => !covered.has(t)).sort();
    broaderCache.set(key, hit);
  }
  return [...hit];
}
var broaderCache = /* @__PURE__ */ new Map();
function findVersion(v) {
  const name = v.startsWith("v") ? v : `v${v}`;
  return apiVersions.find((e) => e.version === name);
}
function latestVersion() {
  return apiVersions[0];
}
function knownPermission(name) {
  return Object.hasOwn(permissions, name);
}
function getPermission(name) {
  return Object.hasOwn(permissions, name) ? permissions[name] : void 0;
}
function isImplicitPermission(name) {
  return getPermission(name)?.implicit === true;
}

export {
  endpoints_default,
  ownTable,
  permissions,
  tasksByAssetType,
  roles,
  apiVersions,
  useCases,
  accessLevels,
  endpoints,
  operationKey,
  getEndpoint,
  isPlaceholder,
  matchEndpoints,
  expandTasks,
  isTaskBroader,
  findVersion,
  latestVersion,
  knownPermission,
  getPermission,
  isImplicitPermission
};
