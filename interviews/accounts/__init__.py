"""The person's account: profile, e-mail change, throttles, signing in, leaving for good.

Below the core: the core imports it, it imports none of the core but the foundations
(validators, constraints), and no feature (tests/test_house_rules.py). The pages that
write a profile through the core's services (sign-up, the settings page) stay in the core.
"""
