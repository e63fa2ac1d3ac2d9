"""Daily spend report for every ad account the business owns; pauses campaigns over budget."""
import os

from facebook_business.api import FacebookAdsApi
from facebook_business.adobjects.adaccount import AdAccount
from facebook_business.adobjects.business import Business
from facebook_business.adobjects.campaign import Campaign

FacebookAdsApi.init(access_token=os.environ["META_ADS_TOKEN"])
BUSINESS_ID = os.environ["META_BUSINESS_ID"]


def report(budget):
    for account in Business(BUSINESS_ID).get_owned_ad_accounts(fields=["id", "name"]):
        rows = AdAccount(account["id"]).get_insights(fields=["campaign_id", "spend"], params={"level": "campaign", "date_preset": "yesterday"})
        for row in rows:
            if float(row["spend"]) > budget:
                Campaign(row["campaign_id"]).api_update(params={"status": "PAUSED"})
