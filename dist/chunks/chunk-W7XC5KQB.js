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
    manage_app_solutions: {
      description: "Manage app solutions on behalf of a business.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions",
      note: "Read from a third-party transcription of Meta's permissions reference (api-evangelist/facebook-business-manager, 2026-08-13)."
    },
    public_profile: {
      description: "Default Facebook Login permission: a person's basic public profile fields.",
      status: "current",
      source: "https://developers.facebook.com/docs/permissions"
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
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
          ],
          note: "Legacy Page Admin bundle: MANAGE + CREATE_CONTENT + MODERATE + ADVERTISE + ANALYZE; MESSAGING added because Page admins can message in the New Pages Experience (UNCONFIRMED in Meta text, decided)."
        },
        CREATE_CONTENT: {
          implies: [
            "MODERATE",
            "ADVERTISE",
            "ANALYZE"
          ],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://developers.facebook.com/docs/pages-api/manage-pages",
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
          ],
          note: "Legacy Editor bundle. Meta's /me/accounts example shows an editor's unpacked tasks as ANALYZE, ADVERTISE, MODERATE, CREATE_CONTENT (no MESSAGING)."
        },
        MODERATE: {
          implies: [
            "ADVERTISE",
            "ANALYZE"
          ],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
          ],
          note: "Legacy Moderator bundle: MODERATE + ADVERTISE + ANALYZE."
        },
        ADVERTISE: {
          implies: [
            "ANALYZE"
          ],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
          ],
          note: "Legacy Advertiser bundle: ADVERTISE + ANALYZE."
        },
        ANALYZE: {
          implies: [],
          source: "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
          sources: [
            "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js"
          ],
          note: "Legacy Analyst bundle: ANALYZE only."
        },
        MESSAGING: {
          implies: [],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          sources: [
            "https://developers.facebook.com/docs/pages-api/manage-pages"
          ],
          note: "Implies nothing: it is not part of the Editor/Moderator bundles in the /me/accounts example."
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
            "CREATE_CONTENT",
            "PROFILE_PLUS_MODERATE",
            "PROFILE_PLUS_ADVERTISE",
            "PROFILE_PLUS_ANALYZE"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and mirrors the classic bundle among PROFILE_PLUS_* tasks, so a PROFILE_PLUS grant is never considered narrower than its classic counterpart."
        },
        PROFILE_PLUS_MODERATE: {
          implies: [
            "MODERATE",
            "PROFILE_PLUS_ADVERTISE",
            "PROFILE_PLUS_ANALYZE"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and mirrors the classic bundle among PROFILE_PLUS_* tasks, so a PROFILE_PLUS grant is never considered narrower than its classic counterpart."
        },
        PROFILE_PLUS_ADVERTISE: {
          implies: [
            "ADVERTISE",
            "PROFILE_PLUS_ANALYZE"
          ],
          source: "https://github.com/facebook/facebook-nodejs-business-sdk/blob/main/src/objects/page.js",
          note: "Meaning of PROFILE_PLUS_* (New Pages Experience tasks) is not documented in the pages read. Decision: each PROFILE_PLUS_<X> implies the classic <X> task and mirrors the classic bundle among PROFILE_PLUS_* tasks, so a PROFILE_PLUS grant is never considered narrower than its classic counterpart."
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
      graphUntil: "2016-08-07",
      marketingUntil: null,
      source: "https://developers.facebook.com/docs/graph-api/changelog/versions/",
      sources: [
        "https://developers.facebook.com/documentation/development/graph-api/changelog"
      ],
      note: "From the older changelog (the newer table is cut off before v2.0; it may say 2016-08-08). Marketing API end date not found (UNCONFIRMED)."
    }
  ]
};

// data/use-cases.json
var use_cases_default = {
  $comment: "Built-in use-case catalogue (SPEC section 3). permissions.required + permissions.optional is everything a system user with this use case may hold (least-privilege-permissions). maxTasks: the broadest tasks allowed per asset type, before expansion; a grant is compared after expanding both sides (least-privilege-tasks). An asset type absent from maxTasks allows no grant on that type. adminOnly: only for role admin. A manifest's useCases: block adds to or overrides these.",
  useCases: {
    instagram_shopping: {
      description: "Instagram Shopping: keep the shop's catalog in sync, tag products in Instagram media, and manage the shop's orders.",
      permissions: {
        required: ["catalog_management", "commerce_account_manage_orders"],
        optional: ["commerce_account_read_orders", "commerce_account_read_settings", "commerce_manage_accounts", "commerce_account_read_reports", "instagram_basic", "instagram_shopping_tag_products", "pages_show_list", "pages_read_engagement", "business_management", "ads_read", "ads_management"]
      },
      maxTasks: {
        page: ["CREATE_CONTENT"],
        catalog: ["MANAGE"],
        commerce_account: ["MANAGE"],
        instagram_account: ["CONTENT"]
      },
      sources: [
        "https://developers.facebook.com/docs/commerce-platform/api-setup",
        "https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-facebook-login/product-tagging",
        "https://developers.facebook.com/docs/pages-api/manage-pages"
      ],
      note: "Page access restricted to CREATE_CONTENT (SPEC section 3; Meta's commerce guidance). Product tagging needs instagram_basic + instagram_shopping_tag_products + catalog_management (+ pages_read_engagement, pages_show_list for IG User reads). When Page access comes through Business Manager (always, for a system user), available_catalogs needs ads_read or ads_management and product_tags ads_management or business_management, and catalog access may come through ads_management instead of catalog_management: so ads_read and ads_management are optional here. Meta also asks for admin access on the catalog and commerce account, hence MANAGE there."
    },
    order_management: {
      description: "Order Management API: read and update a commerce account's orders, refunds and settings.",
      permissions: {
        required: ["commerce_account_manage_orders"],
        optional: ["commerce_account_read_orders", "commerce_account_read_settings", "commerce_manage_accounts", "commerce_account_read_reports", "business_management"]
      },
      maxTasks: {
        commerce_account: ["MANAGE"]
      },
      sources: ["https://developers.facebook.com/docs/commerce-platform/api-setup"],
      note: "Meta: commerce_manage_accounts or commerce_account_read_settings; commerce_account_manage_orders or commerce_account_read_orders; commerce_account_read_reports for finance reports; business_management to manage business assets. Catalog sync is the catalog_management use case."
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
      sources: [
        "https://developers.facebook.com/docs/commerce-platform/api-setup",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/product-catalog/assigned_users"
      ],
      note: "business_management is needed for business-owned catalogs (listing a business's catalogs, assigning users)."
    },
    marketing: {
      description: "Marketing API: create and manage campaigns, ad sets, ads and creatives, and read their results.",
      permissions: {
        required: ["ads_management"],
        optional: ["ads_read", "business_management", "pages_read_engagement", "pages_show_list", "pages_manage_ads", "attribution_read", "instagram_basic", "catalog_management"]
      },
      maxTasks: {
        ad_account: ["ADVERTISE"],
        page: ["ADVERTISE"],
        catalog: ["ADVERTISE"],
        pixel: ["ADVERTISE"],
        instagram_account: ["ADVERTISE"]
      },
      sources: [
        "https://developers.facebook.com/docs/permissions",
        "https://developers.facebook.com/docs/marketing-api/businessmanager/support/",
        "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions"
      ],
      note: "ads_management depends on pages_read_engagement and pages_show_list; Meta's support FAQ adds business_management. Decision: ADVERTISE (creates and edits ads, implies DRAFT and ANALYZE) is the broadest ad-account task; MANAGE adds account settings and people, which automation does not need. catalog_management is optional for dynamic/Advantage+ catalog ads."
    },
    ads_reporting: {
      description: "Ads Insights API: read-only reporting on ad accounts.",
      permissions: {
        required: ["ads_read"],
        optional: ["business_management", "attribution_read", "read_insights"]
      },
      maxTasks: {
        ad_account: ["ANALYZE", "AA_ANALYZE"],
        page: ["ANALYZE"],
        pixel: ["ANALYZE"],
        instagram_account: ["ANALYZE"]
      },
      sources: [
        "https://developers.facebook.com/docs/permissions",
        "https://developers.facebook.com/docs/marketing-api/insights"
      ]
    },
    page_content: {
      description: "Pages API: publish and edit a Page's posts, videos and comments, and read its engagement.",
      permissions: {
        required: ["pages_manage_posts"],
        optional: ["pages_show_list", "pages_read_engagement", "pages_read_user_content", "pages_manage_engagement", "pages_manage_metadata", "publish_video", "read_insights", "business_management"]
      },
      maxTasks: {
        page: ["CREATE_CONTENT"]
      },
      sources: [
        "https://developers.facebook.com/docs/pages-api/manage-pages",
        "https://developers.facebook.com/docs/pages/overview"
      ],
      note: "A system user calling Pages endpoints needs business_management (manage-pages guide). CREATE_CONTENT (Editor) covers publishing and moderating."
    },
    instagram_content: {
      description: "Instagram API with Facebook Login: publish media, moderate comments and read insights of an Instagram professional account.",
      permissions: {
        required: ["instagram_basic"],
        optional: ["instagram_content_publish", "instagram_manage_comments", "instagram_manage_insights", "pages_show_list", "pages_read_engagement", "business_management"]
      },
      maxTasks: {
        instagram_account: ["CONTENT", "COMMUNITY_ACTIVITY", "ANALYZE"],
        page: ["CREATE_CONTENT"]
      },
      sources: [
        "https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login",
        "https://developers.facebook.com/docs/permissions"
      ]
    },
    messaging: {
      description: "Messenger Platform and Instagram Direct: receive and answer messages as a Page or an Instagram professional account.",
      permissions: {
        required: [],
        optional: ["pages_messaging", "pages_utility_messaging", "pages_manage_metadata", "pages_show_list", "pages_read_engagement", "pages_user_gender", "pages_user_locale", "pages_user_timezone", "instagram_basic", "instagram_manage_messages", "business_management"]
      },
      maxTasks: {
        page: ["MESSAGING", "MODERATE"],
        instagram_account: ["MESSAGES"]
      },
      sources: [
        "https://developers.facebook.com/docs/permissions",
        "https://developers.facebook.com/docs/messenger-platform/webhooks"
      ],
      note: "Nothing is required because either pages_messaging (Messenger) or instagram_manage_messages (Instagram Direct) is the core. pages_manage_metadata subscribes the app to Page webhooks, which Meta gates on a Page task above messaging (MODERATE, decided); MODERATE expands to ADVERTISE and ANALYZE. WhatsApp is the whatsapp_messaging use case."
    },
    whatsapp_messaging: {
      description: "WhatsApp Cloud API: send and receive messages and manage templates of a WhatsApp Business Account.",
      permissions: {
        required: ["whatsapp_business_messaging"],
        optional: ["whatsapp_business_management", "whatsapp_business_manage_events", "business_management"]
      },
      maxTasks: {
        whatsapp_business_account: ["MESSAGING", "MANAGE_TEMPLATES", "VIEW_PHONE_ASSETS", "VIEW_COST", "VIEW_INSIGHTS", "DEVELOP"]
      },
      sources: [
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/permissions/",
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/access-tokens",
        "https://developers.facebook.com/documentation/business-messaging/whatsapp/solution-providers/manage-system-users/"
      ],
      note: "Decision: the granular WABA tasks a sender needs, not MANAGE (admin, which adds phone, user and billing management). Meta: business_management is rarely needed."
    },
    lead_retrieval: {
      description: "Lead Ads: download leads from a Page's instant forms.",
      permissions: {
        required: ["leads_retrieval"],
        optional: ["pages_show_list", "pages_read_engagement", "pages_manage_metadata", "pages_manage_ads", "business_management"]
      },
      maxTasks: {
        page: ["ADVERTISE", "MANAGE_LEADS"]
      },
      sources: [
        "https://developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving",
        "https://developers.facebook.com/docs/graph-api/reference/has-lead-access/"
      ],
      note: "pages_manage_metadata for the leadgen webhook. Page task decided: ADVERTISE plus leads access (MANAGE_LEADS)."
    },
    business_audit: {
      description: "Read-only auditor: lists the business's system users, assets and assignments (the token graphguard --live uses).",
      permissions: {
        required: ["business_management"],
        optional: []
      },
      maxTasks: {
        page: ["ANALYZE"],
        ad_account: ["ANALYZE"],
        pixel: ["ANALYZE"],
        instagram_account: ["ANALYZE"]
      },
      sources: [
        "https://developers.facebook.com/docs/marketing-api/business-manager/system-user/permissions",
        "https://developers.facebook.com/documentation/ads-commerce/marketing-api/reference/business/system_users"
      ],
      note: "Reading assigned users and system users needs business_management and no asset task; ANALYZE is the most an auditor may hold where the asset type has it. Catalogs, commerce and WhatsApp accounts have no plain read task, so no grant there."
    },
    business_admin: {
      description: "Business administration by the admin system user: create system users, assign assets and permissions. Never for app API calls.",
      permissions: {
        required: ["business_management"],
        optional: []
      },
      maxTasks: {},
      adminOnly: true,
      sources: [
        "https://developers.facebook.com/docs/business-management-apis/system-users/overview",
        "https://developers.facebook.com/docs/business-management-apis/system-users/create-retrieve-update"
      ],
      note: "Meta: use the admin system user only for administrative actions and guard its token; it reaches every asset by design, so no asset grants are declared (admin-scope)."
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

// src/suggest.ts
function levenshtein(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
function suggest(word, candidates) {
  const w = word.toLowerCase();
  let best;
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = levenshtein(w, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

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
function taskNames(assetType) {
  return Object.keys(tasksByAssetType[assetType].tasks);
}
function isKnownTask(assetType, task) {
  return Object.hasOwn(tasksByAssetType[assetType].tasks, task);
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

export {
  levenshtein,
  suggest,
  ownTable,
  permissions,
  tasksByAssetType,
  roles,
  apiVersions,
  useCases,
  accessLevels,
  taskNames,
  isKnownTask,
  expandTasks,
  isTaskBroader,
  findVersion,
  latestVersion,
  knownPermission,
  getPermission
};
